package dk.planspor.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL under the data directory: either started by this process, or, when another
 * Planspor process (the running app, while an import runs from the command line) already serves the same
 * data directory, that server, found through its {@code postmaster.pid}; or {@link #none()} when an external
 * server is configured. PostgreSQL refuses to run as root; when the JVM runs as root (containers, CI), zonky
 * runs the server binaries through {@code unshare -U} (util-linux).
 *
 * <p>Starting the server takes about a second. {@link EmbeddedDatabaseEarlyStart} begins it in the background
 * as soon as the configuration is known, so it runs while Spring builds the context; {@link #open} then picks
 * up the server that is starting.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** Servers being started in the background, by cluster directory. */
    private static final Map<Path, CompletableFuture<EmbeddedDatabase>> STARTING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    /** No embedded server: the application uses the external one at {@code spring.datasource.url}. */
    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, -1);
    }

    /** Begins starting the server for this data directory on another thread; {@link #open} waits for it. */
    static void openInBackground(Path dataDir, String binariesDir, String sharedBuffers) {
        Path cluster = cluster(dataDir);
        STARTING.computeIfAbsent(cluster, c -> CompletableFuture.supplyAsync(() -> {
            try {
                return start(dataDir, binariesDir, sharedBuffers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "embedded-postgres-start");
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The server for this data directory: the one starting in the background, or started now. */
    static EmbeddedDatabase open(Path dataDir, String binariesDir, String sharedBuffers) throws IOException {
        CompletableFuture<EmbeddedDatabase> starting = STARTING.remove(cluster(dataDir));
        if (starting == null) {
            return start(dataDir, binariesDir, sharedBuffers);
        }
        try {
            // Unpacking the binaries and starting take seconds; a start-up thread that died (out of direct memory
            // while unpacking, before -Djdk.nio.maxCachedBufferSize) left zonky waiting for it for ever.
            return starting.orTimeout(10, java.util.concurrent.TimeUnit.MINUTES).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                throw new IOException("The embedded PostgreSQL did not start within 10 minutes (data in "
                        + cluster(dataDir) + ")", e.getCause());
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Path cluster(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("postgres");
    }

    private static EmbeddedDatabase start(Path dataDir, String binariesDir, String sharedBuffers) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        Path binaries = binariesDir == null || binariesDir.isBlank() ? root.resolve("pg-binaries")
                : Path.of(binariesDir).toAbsolutePath().normalize();
        Path cluster = cluster(dataDir);
        Files.createDirectories(binaries);
        Files.createDirectories(cluster);
        var running = runningServer(cluster);
        if (running.isPresent()) {
            log.info("Using the embedded PostgreSQL already running on {} (port {})", cluster, running.get());
            return new EmbeddedDatabase(null, running.get());
        }
        log.info("Starting embedded PostgreSQL with data in {}", cluster);
        // zonky reads its working directory (where it unpacks the server binaries) from this property.
        synchronized (EmbeddedDatabase.class) {
            System.setProperty("ot.epg.working-dir", binaries.toString());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    // PostgreSQL's default (128MB) is far below the search index with a million consultation
                    // responses (~1.5 GB): the newest responses and the record's rows are read on every search.
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setLocaleConfig("locale", "C.UTF-8")
                    // zonky's own JVM shutdown hook stopped the server while Spring was still closing the context
                    // (graceful shutdown of requests in flight, the event publication registry): every close then
                    // waited for connections that could not come. The server is stopped by this bean's close(), after
                    // everything that uses the database, and after all contexts have closed as a safety net.
                    .setRegisterShutdownHook(false)
                    .start();
            stopAfterShutdown(postgres);
            return new EmbeddedDatabase(postgres, postgres.getPort());
        }
    }

    /**
     * Stops the server once Spring Boot has closed every application context at JVM shutdown, in case no context
     * adopted it (start-up failed before the database bean was created). Stopping twice is harmless.
     */
    private static void stopAfterShutdown(EmbeddedPostgres postgres) {
        try {
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
                }
            });
        } catch (IllegalStateException shuttingDown) {
            log.debug("JVM already shutting down; the database bean stops the server");
        }
    }

    /** The port of a live server that already runs on this cluster directory, if any. */
    static Optional<Integer> runningServer(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> port);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether an embedded server is used at all (false with an external database). */
    public boolean inUse() {
        return port > 0;
    }

    public String jdbcUrl() {
        if (!inUse()) {
            throw new IllegalStateException("No embedded PostgreSQL: an external database is configured");
        }
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and stops it on close). */
    public boolean ownsServer() {
        return started != null;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
