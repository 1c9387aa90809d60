package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the agency running the platform relies on: health probes that tell the truth, and backups that restore. */
class OperationsIT {

    /** The tables a restore must give back exactly: the record, the consultations with their responses, the audit log. */
    static final List<String> KEPT = List.of("plan", "theme", "commitment", "milestone", "adjustment", "adjustment_change",
            "consultation", "consultation_response", "consultation_audit", "security_event", "app_user", "organisation",
            "library_document", "forum_meeting", "search_entry", "flyway_schema_history");

    @Test
    void readinessFollowsTheDatabaseAndLivenessStaysUp() throws Exception {
        Path dir = Path.of("target/test-db/readiness-" + UUID.randomUUID()).toAbsolutePath();
        Path unused = Path.of("target/test-db/readiness-unused-" + UUID.randomUUID()).toAbsolutePath();
        int port = JarNode.freePort();
        EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
        try (JarNode node = JarNode.start("node", unused, Map.of("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://localhost:" + port + "/postgres", "SPRING_DATASOURCE_USERNAME", "postgres")).awaitReady()) {
            assertThat(node.get("/actuator/health/liveness").body()).contains("\"UP\"");
            db.close(); // the database goes away
            db = null;
            HttpResponse<String> readiness = awaitStatus(node, "/actuator/health/readiness", 503, Duration.ofSeconds(30));
            assertThat(readiness.body()).contains("\"DOWN\"");
            HttpResponse<String> liveness = node.get("/actuator/health/liveness");
            assertThat(liveness.statusCode()).as("alive: nothing should restart the node for a database outage").isEqualTo(200);
            assertThat(liveness.body()).contains("\"UP\"");

            db = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
            assertThat(awaitStatus(node, "/actuator/health/readiness", 200, Duration.ofSeconds(60)).body()).contains("\"UP\"");
            assertThat(node.get("/api/v1/plans").body()).contains("\"2017-2019\"");
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @Test
    void aBackupRestoredIntoAWipedDataDirectoryGivesBackTheSameRecord() throws Exception {
        Path dataDir = Path.of("target/test-db/backup-" + UUID.randomUUID()).toAbsolutePath();
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".planspor-backup");
        Map<String, String> before;
        String commitmentBefore;
        try (JarNode node = JarNode.start("first", dataDir, MultiNodeIT.ENV).awaitReady()) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            MultiNodeIT.signIn(browser, node);
            MultiNodeIT.editTitle(browser, node, "Titel før backup");
            try (Connection db = JarNode.database(dataDir)) {
                db.createStatement().execute("insert into consultation (slug, kind, title_da, opens_at, deadline, published) "
                        + "values ('backup', 'OTHER', 'Backup', now() - interval '1 day', now() + interval '1 day', true)");
            }
            for (int i = 0; i < 3; i++) {
                assertThat(MultiNodeIT.submit(node, "backup", UUID.randomUUID().toString(), "Svar nummer " + i)).isNotNull();
            }
            Thread.sleep(1500); // the search index follows the submissions (listeners after the commit)
            try (Connection db = JarNode.database(dataDir)) {
                before = fingerprint(db);
            }
            // an online backup, while the node runs
            JarNode.Result backup = JarNode.command(dataDir, "backup", file.toString());
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("backup:", "tables");
            JarNode.Result refused = JarNode.command(dataDir, "restore", file.toString());
            assertThat(refused.exitCode()).as("no restore under a running node").isEqualTo(1);
            assertThat(refused.output()).contains("stop every Planspor node");
            commitmentBefore = node.get("/api/v1/plans/2017-2019/commitments/1.1").body();
            try (Connection db = JarNode.database(dataDir)) {
                assertThat(fingerprint(db)).as("nothing changed while the backup ran").isEqualTo(before);
            }
        }
        JarNode.stopDatabase(dataDir);
        assertThat(before.get("consultation_response")).isNotEqualTo(fingerprintOfNothing());

        wipe(dataDir);
        JarNode.Result restored = JarNode.command(dataDir, "restore", file.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("restore:");

        try (JarNode node = JarNode.start("restored", dataDir, MultiNodeIT.ENV).awaitReady()) {
            assertThat(node.get("/api/v1/plans/2017-2019/commitments/1.1").body()).isEqualTo(commitmentBefore)
                    .contains("Titel før backup");
            try (Connection db = JarNode.database(dataDir)) {
                Map<String, String> after = fingerprint(db);
                // the search index is derived data: the start reconciles it with the consultation the test inserted
                // behind the application's back, so it may hold one entry more than the backup
                after.remove("search_entry");
                before.remove("search_entry");
                assertThat(after).isEqualTo(before);
                var rs = db.createStatement().executeQuery("select count(*) from consultation_response r join consultation c"
                        + " on c.id = r.consultation_id where c.slug = 'backup'");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }
            // the sequences went back too: a new edit gets a new adjustment id, not a clash
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            MultiNodeIT.signIn(browser, node);
            MultiNodeIT.editTitle(browser, node, "Titel efter restore");
        } finally {
            JarNode.stopDatabase(dataDir);
        }

        Path notABackup = Files.writeString(dataDir.resolveSibling("not-a-backup.txt"), "hello");
        JarNode.Result bad = JarNode.command(dataDir, "restore", notABackup.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.output()).contains("not a Planspor backup");
    }

    private static Map<String, String> fingerprint(Connection db) throws Exception {
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : KEPT) {
            try (var rs = db.createStatement().executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "order by t::text)), '') from " + table + " t")) {
                rs.next();
                prints.put(table, rs.getString(1));
            }
        }
        return prints;
    }

    private static String fingerprintOfNothing() {
        return "0:";
    }

    private static void wipe(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(dir).doesNotExist();
    }

    private static HttpResponse<String> awaitStatus(JarNode node, String path, int status, Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < until) {
            try {
                last = node.get(path);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (java.io.IOException e) {
                // a slow answer while the pool waits for the database
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never answered " + status + " (last: " + (last == null ? "none" : last.statusCode()
                + " " + last.body()) + ")");
    }
}
