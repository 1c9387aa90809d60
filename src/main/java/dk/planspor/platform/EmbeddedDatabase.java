package dk.planspor.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL under the data directory: either started by this process, or, when another
 * Planspor process (the running app, while an import runs from the command line) already serves the same
 * data directory, that server, found through its {@code postmaster.pid}.
 */
public final class EmbeddedDatabase implements Closeable {

    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase started(EmbeddedPostgres postgres) {
        return new EmbeddedDatabase(postgres, postgres.getPort());
    }

    static EmbeddedDatabase attached(int port) {
        return new EmbeddedDatabase(null, port);
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

    public String jdbcUrl() {
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
