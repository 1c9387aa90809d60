package dk.planspor.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar planspor.jar backup FILE} and {@code restore FILE}: the embedded database under
 * {@code PLANSPOR_DATA_DIR} (the running server's, or started for the command), or the external one at
 * {@code SPRING_DATASOURCE_URL}. A backup may be taken while nodes run (one consistent snapshot). A restore needs the
 * nodes stopped: it refuses while other clients are connected. It makes the schema first (the same Flyway migrations
 * as a start, into an empty or wiped data directory as well), then replaces every row in one transaction. Exit 0 on
 * success, 2 for a usage error or a file that is no backup, 1 when the database refused.
 */
public final class BackupCommand {

    private static final String RESTORE_APP_NAME = "planspor-restore";

    private BackupCommand() {
    }

    public static int run(String command, String[] args, PrintStream out, PrintStream err, Class<?> application) {
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                files.add(a);
            } else if (!a.contains("=")) {
                err.println("planspor " + command + ": unknown option " + a + " (usage: " + command + " FILE)");
                return 2;
            }
        }
        if (files.size() != 1) {
            err.println("planspor " + command + ": give exactly one file (usage: " + command + " FILE)");
            return 2;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath();
        // the command's own output is its summary: the embedded server's start-up chatter stays out of it
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Settings settings = Settings.of(args);
        try {
            if (command.equals("backup")) {
                return backup(file, settings, out);
            }
            return restore(file, settings, args, out, err, application);
        } catch (IllegalArgumentException e) {
            err.println("planspor " + command + ": " + e.getMessage());
            return 2;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println("planspor " + command + ": failed: " + rootMessage(e));
            return 1;
        }
    }

    private static int backup(Path file, Settings settings, PrintStream out) throws SQLException, IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (EmbeddedDatabase embedded = settings.embedded(); Connection c = settings.connect(embedded, "planspor-backup")) {
            DatabaseBackup.Manifest m = DatabaseBackup.write(c, file);
            out.println("backup: " + m.tables().size() + " tables, " + m.rows() + " rows, schema "
                    + m.schemaVersions().get(m.schemaVersions().size() - 1) + ", PostgreSQL " + m.server() + " -> " + file
                    + " (" + Files.size(file) + " bytes)");
            return 0;
        }
    }

    private static int restore(Path file, Settings settings, String[] args, PrintStream out, PrintStream err,
            Class<?> application) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        DatabaseBackup.manifest(file); // a file that is no backup is refused before anything starts
        try (EmbeddedDatabase embedded = settings.embedded()) {
            try (Connection c = settings.connect(embedded, RESTORE_APP_NAME)) {
                refuseWhileOthersAreConnected(c);
            }
            // the schema: the same migrations as a start (a wiped data directory gets a fresh one)
            PrintStream stdout = System.out;
            System.setOut(System.err);
            // the ahead-of-time bean definitions are those of the web application: a command starts without them
            System.setProperty("spring.aot.enabled", "false");
            List<String> springArgs = new ArrayList<>();
            for (String a : args) {
                if (a.startsWith("--") && a.contains("=")) {
                    springArgs.add(a);
                }
            }
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                            "planspor.scheduling.enabled=false", "planspor.cluster.invalidation.enabled=false",
                            "spring.datasource.hikari.data-source-properties[ApplicationName]=" + RESTORE_APP_NAME)
                    .run(springArgs.toArray(String[]::new))) {
                System.setOut(stdout);
                try (Connection c = context.getBean(DataSource.class).getConnection()) {
                    refuseWhileOthersAreConnected(c);
                    DatabaseBackup.Manifest m = DatabaseBackup.restore(c, file);
                    out.println("restore: " + m.tables().size() + " tables, " + m.rows() + " rows from " + file
                            + " (backup of " + m.createdAt() + ")");
                    return 0;
                }
            } finally {
                System.setOut(stdout);
            }
        }
    }

    /** Other clients (a running node's pool) would see half a restore, or write into it. */
    private static void refuseWhileOthersAreConnected(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*), string_agg(DISTINCT coalesce(nullif(application_name, ''), client_addr::text, 'local'), ', ')
                FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'
                  AND pid <> pg_backend_pid() AND application_name <> '%s'
                """.formatted(RESTORE_APP_NAME))) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException(rs.getLong(1) + " other connections to the database (" + rs.getString(2)
                        + "): stop every Planspor node before a restore");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Where the database is, from the same settings the app reads (command-line {@code --x=y} first, then environment). */
    private record Settings(String url, String username, String password, Path dataDir, String binariesDir) {

        static Settings of(String[] args) {
            return new Settings(setting(args, "spring.datasource.url"), setting(args, "spring.datasource.username"),
                    setting(args, "spring.datasource.password"),
                    Path.of(or(setting(args, "planspor.data-dir"), "./data")), setting(args, "planspor.pg-binaries-dir"));
        }

        private static String setting(String[] args, String name) {
            for (String a : args) {
                if (a.startsWith("--" + name + "=")) {
                    return a.substring(name.length() + 3);
                }
            }
            String upper = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            for (String env : List.of(upper.replace('-', '_'), upper.replace("-", ""))) {
                String value = System.getenv(env);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return System.getProperty(name);
        }

        private static String or(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }

        boolean external() {
            return url != null && !url.isBlank();
        }

        EmbeddedDatabase embedded() throws IOException {
            return external() ? EmbeddedDatabase.none() : EmbeddedDatabase.open(dataDir, binariesDir, "128MB");
        }

        Connection connect(EmbeddedDatabase embedded, String applicationName) throws SQLException {
            Properties props = new Properties();
            props.setProperty("ApplicationName", applicationName);
            if (external()) {
                if (username != null) {
                    props.setProperty("user", username);
                }
                if (password != null) {
                    props.setProperty("password", password);
                }
                return DriverManager.getConnection(url, props);
            }
            props.setProperty("user", "postgres");
            return DriverManager.getConnection(embedded.jdbcUrl(), props);
        }
    }
}
