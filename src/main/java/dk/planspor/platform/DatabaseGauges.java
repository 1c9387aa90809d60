package dk.planspor.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gauges whose value is a count read from the database when Prometheus scrapes (the backlog of an outbox, say): the
 * same on every node, because every node reads the shared database. A failed read (the database is away) reports
 * NaN, never an error.
 */
public final class DatabaseGauges {

    private DatabaseGauges() {
    }

    /** Registers {@code name} with the given tags (pairs of key and value), valued by the single number {@code sql} gives. */
    public static void count(MeterRegistry meters, JdbcClient jdbc, String name, String description, String sql,
            String... tags) {
        Gauge.builder(name, jdbc, j -> {
            try {
                return j.sql(sql).query(Number.class).single().doubleValue();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).tags(tags).register(meters);
    }
}
