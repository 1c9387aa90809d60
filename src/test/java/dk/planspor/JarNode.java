package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Planspor node: the packaged jar in its own JVM, started the production way, for the tests that need several
 * nodes, a kill -9, or the command line ({@code backup}, {@code restore}).
 */
public record JarNode(String name, Process process, Path logFile, int port, String base) implements AutoCloseable {

    static final Path JAR = Path.of("target/planspor.jar");
    static final Path BINARIES = Path.of("target/pg-binaries").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", JAR.toString()));
    }

    /** Starts a node on {@code dataDir} (its embedded database, or the running one there) with extra environment. */
    static JarNode start(String name, Path dataDir, Map<String, String> env, String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (run through mvn verify)").exists();
        int port = freePort();
        Files.createDirectories(dataDir.getParent());
        Path logFile = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        List<String> command = java();
        command.add("--server.port=" + port);
        command.add("--planspor.pg-binaries-dir=" + BINARIES);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("PLANSPOR_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        return new JarNode(name, builder.start(), logFile, port, "http://127.0.0.1:" + port);
    }

    /** Runs {@code java -jar planspor.jar ARGS} to its end; returns its exit code and output. */
    static Result command(Path dataDir, String... args) throws Exception {
        return command(dataDir, Map.of(), args);
    }

    /** Runs {@code java -jar planspor.jar ARGS} to its end with extra environment. */
    static Result command(Path dataDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = java();
        command.addAll(List.of(args));
        command.add("--planspor.pg-binaries-dir=" + BINARIES);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PLANSPOR_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }

    record Result(int exitCode, String output) {
    }

    /** Waits until the node is ready (readiness probe UP), failing with its log when it dies or takes too long. */
    JarNode awaitReady() throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("node %s is running; its log:%n%s", name, log()).isTrue();
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("node " + name + " not ready within 4 minutes; log:\n" + log());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String log() throws IOException {
        return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
    }

    /** kill -9: no shutdown hook, nothing closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A connection to the embedded PostgreSQL serving {@code dataDir}. */
    static Connection database(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
    }

    /** Stops the embedded PostgreSQL of {@code dataDir} if it outlived the nodes (a node killed with -9 started it). */
    static void stopDatabase(Path dataDir) throws Exception {
        Path pid = dataDir.resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            var handle = ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
            handle.ifPresent(ProcessHandle::destroy);
            handle.ifPresent(h -> h.onExit().join());
        }
    }
}
