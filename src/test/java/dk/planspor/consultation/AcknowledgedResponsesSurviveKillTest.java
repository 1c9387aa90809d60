package dk.planspor.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged response is lost: the real application runs as its own JVM (main class from the test class path,
 * on its own data directory), 16 clients submit responses through the JSON API, the JVM is killed with SIGKILL
 * (kill -9) in the middle, the application is started again, and every id that a client got back with 201 is in the
 * database.
 */
class AcknowledgedResponsesSurviveKillTest {

    private final Path dataDir = Path.of("target/test-db/kill-" + UUID.randomUUID()).toAbsolutePath();
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // The embedded PostgreSQL outlives a killed JVM; stop it through its postmaster.pid.
        Path pid = dataDir.resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void everyAcknowledgedIdIsInTheDatabaseAfterKillMinus9() throws Exception {
        int port = freePort();
        Process app = start(port, "first");
        createOpenConsultation();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/api/v1/consultations/kill-test/responses")).timeout(Duration.ofSeconds(5))
                                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Kill Test\",\"email\":\"kill@example.test\","
                                        + "\"kind\":\"IDEA\",\"text\":\"Svar før og under kill -9\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher id = Pattern.compile("\"id\":\"([-0-9a-f]{36})\"").matcher(r.body());
                        if (r.statusCode() == 201 && id.find()) {
                            acknowledged.add(id.group(1));
                        }
                    } catch (Exception e) {
                        // the server is gone: keep trying until the test stops the clients
                    }
                }
                return null;
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (acknowledged.size() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        app.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful close of anything
        assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("responses acknowledged before the kill").hasSizeGreaterThan(50);

        start(port, "second");
        Set<String> stored = ConcurrentHashMap.newKeySet();
        try (Connection db = database(); var rs = db.createStatement().executeQuery(
                "select r.id from consultation_response r join consultation c on c.id = r.consultation_id where c.slug = 'kill-test'")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        assertThat(stored).as("every acknowledged id survives kill -9 and restart").containsAll(acknowledged);
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/consultations"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains("kill-test");
    }

    private Process start(int port, String label) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + label + ".log");
        Files.createDirectories(dataDir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-cp", classpath, "dk.planspor.PlansporApplication", "--server.port=" + port,
                "--planspor.data-dir=" + dataDir, "--planspor.pg-binaries-dir=" + Path.of("target/pg-binaries").toAbsolutePath(),
                "--planspor.consultation.rate-limit=1000000", "--spring.jpa.hibernate.ddl-auto=none")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            assertThat(p.isAlive()).as("the app started (see " + log + ")").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("UP")) {
                    return p;
                }
            } catch (Exception e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not start in time, see " + log);
    }

    private void createOpenConsultation() throws Exception {
        try (Connection db = database()) {
            db.createStatement().execute("insert into consultation (slug, kind, title_da, opens_at, deadline, published) values "
                    + "('kill-test', 'OTHER', 'Kill-test', now() - interval '1 day', now() + interval '1 day', true)");
        }
    }

    private Connection database() throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
