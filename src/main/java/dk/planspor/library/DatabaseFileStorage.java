package dk.planspor.library;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Files in PostgreSQL: one {@code bytea} row per file, with its SHA-256. */
@Component
class DatabaseFileStorage implements FileStorage {

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseFileStorage(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long store(byte[] bytes) {
        return jdbc.sql("insert into library_file(sha256, bytes, created_at) values (?,?,?) returning id")
                .params(sha256(bytes), bytes, java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    @Override
    public Optional<byte[]> load(long id) {
        return jdbc.sql("select bytes from library_file where id = ?").param(id).query(byte[].class).optional();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
