package dk.planspor;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, per thread (registered for the tests in
 * {@code src/test/resources/application.properties}). Hibernate's own statistics count every thread's statements, so
 * a module listener or scheduled job running in the background was counted against the page a test measured.
 */
public class StatementsOfThisThread implements StatementInspector {

    private static final ConcurrentHashMap<Thread, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        COUNTS.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).incrementAndGet();
        return sql;
    }

    /** Starts counting again for the calling thread. */
    public static void reset() {
        COUNTS.remove(Thread.currentThread());
    }

    /** Statements prepared by the calling thread since {@link #reset()}. */
    public static long count() {
        AtomicLong n = COUNTS.get(Thread.currentThread());
        return n == null ? 0 : n.get();
    }
}
