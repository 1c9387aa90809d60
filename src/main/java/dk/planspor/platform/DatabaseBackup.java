package dk.planspor.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A logical backup of Planspor's schema: every table's rows (PostgreSQL's own {@code COPY} format, through pgjdbc's
 * {@link CopyManager}) and every sequence's position, read in one repeatable-read snapshot, so a backup taken while
 * nodes are writing is consistent. The file is a ZIP: {@code manifest.json} (schema versions, tables, columns, row
 * counts, sequences) and one {@code tables/NAME.copy} per table.
 *
 * <p>Why not {@code pg_dump}: zonky's server binaries carry only {@code initdb}, {@code pg_ctl} and {@code postgres},
 * and Debian's {@code pg_dump} (15) refuses a PostgreSQL 18 server. The schema itself is not in the file: it is made
 * by the same Flyway migrations as always, and a restore refuses a backup whose schema versions differ from this
 * Planspor's (restore with the version that made it, then upgrade).
 */
final class DatabaseBackup {

    static final int FORMAT = 1;

    record Table(String name, List<String> columns, long rows) {
    }

    record Sequence(String name, Long value) {
    }

    record Manifest(int format, String createdAt, String server, List<String> schemaVersions, List<Table> tables,
            List<Sequence> sequences) {

        long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {
    }

    /** Writes the backup of {@code connection}'s current schema to {@code file} (through a temporary file beside it). */
    static Manifest write(Connection connection, Path file) throws SQLException, IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        Manifest manifest;
        try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, List<String>> tables = tables(connection); // the first statement takes the snapshot
            List<String> versions = schemaVersions(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Table> written = new ArrayList<>();
            for (var t : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry("tables/" + t.getKey() + ".copy"));
                long rows = copy.copyOut("COPY " + quote(t.getKey()) + " (" + columnList(t.getValue()) + ") TO STDOUT",
                        new UnclosableOutputStream(zip));
                zip.closeEntry();
                written.add(new Table(t.getKey(), t.getValue(), rows));
            }
            // read after the rows: a sequence is not part of the snapshot, and each is now past every id copied
            List<Sequence> sequences = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    long v = rs.getLong(2);
                    sequences.add(new Sequence(name, rs.wasNull() ? null : v));
                }
            }
            manifest = new Manifest(FORMAT, Instant.now().toString(), serverVersion(connection), versions, written, sequences);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
        } finally {
            connection.rollback();
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /** The manifest of a backup file; {@link IllegalArgumentException} when the file is no Planspor backup. */
    static Manifest manifest(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("manifest.json");
            if (entry == null) {
                throw new IllegalArgumentException(file + " is not a Planspor backup (no manifest.json)");
            }
            Manifest m = JSON.readValue(zip.getInputStream(entry), Manifest.class);
            if (m.format() != FORMAT) {
                throw new IllegalArgumentException(file + " has backup format " + m.format() + "; this Planspor reads " + FORMAT);
            }
            return m;
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(file + " is not a Planspor backup (" + e.getMessage() + ")");
        }
    }

    /**
     * Replaces every row of the current schema with the backup's, in one transaction: either all of the backup is
     * in, or nothing changed. Refuses (before touching anything) a backup of other schema versions or other tables.
     */
    static Manifest restore(Connection connection, Path file) throws SQLException, IOException {
        Manifest m = manifest(file);
        connection.setAutoCommit(false);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> versions = schemaVersions(connection);
            if (!versions.equals(m.schemaVersions())) {
                throw new IllegalStateException("the backup was made at schema versions " + m.schemaVersions()
                        + " but this database is at " + versions + ": restore it with the Planspor version that made it");
            }
            Map<String, List<String>> tables = tables(connection);
            var inBackup = new TreeSet<String>();
            m.tables().forEach(t -> inBackup.add(t.name()));
            if (!inBackup.equals(new TreeSet<>(tables.keySet()))) {
                throw new IllegalStateException("the backup holds the tables " + inBackup + " but this database has "
                        + new TreeSet<>(tables.keySet()));
            }
            try (Statement s = connection.createStatement()) {
                // no foreign-key checks or triggers while the rows go back in (they were consistent when copied)
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("TRUNCATE " + String.join(", ", tables.keySet().stream().map(DatabaseBackup::quote).toList()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table t : m.tables()) {
                ZipEntry entry = zip.getEntry("tables/" + t.name() + ".copy");
                if (entry == null) {
                    throw new IllegalArgumentException(file + " lacks the rows of " + t.name());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    long rows = copy.copyIn("COPY " + quote(t.name()) + " (" + columnList(t.columns()) + ") FROM STDIN", in);
                    if (rows != t.rows()) {
                        throw new IllegalStateException(t.name() + ": " + rows + " rows read, the manifest says " + t.rows());
                    }
                }
            }
            try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                for (Sequence seq : m.sequences()) {
                    set.setString(1, quote(seq.name()));
                    set.setLong(2, seq.value() == null ? 1 : seq.value());
                    set.setBoolean(3, seq.value() != null);
                    set.execute();
                }
            }
            connection.commit();
            return m;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The ordinary tables of the current schema with their stored (not generated) columns, by name. */
    private static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname, a.attname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                ORDER BY c.relname, a.attnum
                """)) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static List<String> schemaVersions(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("no Planspor schema in this database (it has never been started)");
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        versions.sort(DatabaseBackup::compareVersions);
        return versions;
    }

    /** Flyway's order: 9.4 before 10.1. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String serverVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** COPY closes the stream it writes to; the ZIP entry must stay open. */
    private static final class UnclosableOutputStream extends java.io.FilterOutputStream {
        UnclosableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
