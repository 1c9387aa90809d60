package dk.planspor.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every node's {@link LocalCache}s in step with changes made on any node, with PostgreSQL's own
 * {@code LISTEN/NOTIFY}: no server besides the database.
 *
 * <ul>
 * <li>A {@link PublicContentChanged} event inside a transaction queues {@code NOTIFY planspor_changed} in that same
 * transaction, so PostgreSQL delivers it exactly when (and only if) the change commits; this node empties its own
 * caches right after the commit, before the request that made the change answers.</li>
 * <li>Each node keeps one connection of its own (outside the pool) that {@code LISTEN}s; a notification from another
 * node empties the caches within milliseconds. The connection is checked every few seconds; while it is lost the
 * caches are told ({@link LocalCache#listening(boolean)}: the page cache then stores nothing), and on reconnect they
 * are emptied again, because a notification sent meanwhile was missed.</li>
 * </ul>
 */
@Component
public class ClusterInvalidation implements SmartLifecycle {

    static final String CHANNEL = "planspor_changed";

    private static final Logger log = LoggerFactory.getLogger(ClusterInvalidation.class);
    private static final Object PENDING = new Object();

    private final String node = UUID.randomUUID().toString();
    private final ObjectProvider<LocalCache> caches;
    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final long checkEveryMs;
    private final Counter local;
    private final Counter remote;
    private final Counter reconnects;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    ClusterInvalidation(ObjectProvider<LocalCache> caches, HikariDataSource dataSource, MeterRegistry meters,
            @Value("${planspor.cluster.invalidation.enabled:true}") boolean enabled,
            @Value("${planspor.cluster.invalidation.check-every:5s}") java.time.Duration checkEvery) {
        this.caches = caches;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.enabled = enabled;
        this.checkEveryMs = checkEvery.toMillis();
        this.local = Counter.builder("planspor.cache.invalidations").tag("origin", "this-node")
                .description("Caches emptied after a change committed on this node").register(meters);
        this.remote = Counter.builder("planspor.cache.invalidations").tag("origin", "other-node")
                .description("Caches emptied after a change committed on another node").register(meters);
        this.reconnects = Counter.builder("planspor.cluster.reconnects")
                .description("Times the LISTEN connection to PostgreSQL was lost and made again").register(meters);
        Gauge.builder("planspor.cluster.listening", this, c -> c.listening ? 1 : 0)
                .description("1 while this node hears the other nodes' changes").register(meters);
    }

    /** This node's id, sent with each notification so that a node skips its own (it emptied its caches already). */
    public String node() {
        return node;
    }

    /** Whether this node currently hears the other nodes. */
    public boolean listening() {
        return listening;
    }

    @EventListener
    public void on(PublicContentChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            notifyOthers();
            evictLocal();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(PENDING)) {
            return; // one notification per transaction
        }
        TransactionSynchronizationManager.bindResource(PENDING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                notifyOthers(); // in the transaction: delivered by PostgreSQL when it commits
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                if (status == STATUS_COMMITTED) {
                    evictLocal();
                }
            }
        });
    }

    private void notifyOthers() {
        if (enabled) {
            jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, node);
        }
    }

    private void evictLocal() {
        local.increment();
        caches.orderedStream().forEach(LocalCache::evictAll);
    }

    private void tell(boolean nowListening) {
        if (listening != nowListening) {
            listening = nowListening;
            caches.orderedStream().forEach(c -> c.listening(nowListening));
        }
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            tell(true);
            return;
        }
        thread = new Thread(this::listen, "cluster-invalidation");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        long backoffMs = 250;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (backoffMs > 250) {
                    reconnects.increment();
                    log.info("Listening again for other nodes' changes; caches emptied");
                }
                backoffMs = 250;
                tell(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                long lastCheck = System.currentTimeMillis();
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null && received.length > 0) {
                        boolean fromOthers = false;
                        for (PGNotification n : received) {
                            fromOthers |= !node.equals(n.getParameter());
                        }
                        if (fromOthers) {
                            remote.increment();
                            caches.orderedStream().forEach(LocalCache::evictAll);
                        }
                    }
                    if (System.currentTimeMillis() - lastCheck >= checkEveryMs) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1"); // a dead connection shows here
                        }
                        lastCheck = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (listening) {
                    log.warn("Lost the connection that hears other nodes' changes ({}); serving without the page cache "
                            + "until it is back", e.getMessage());
                }
                tell(false);
                backoffMs = Math.min(backoffMs * 2, 5000);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.putAll(dataSource.getDataSourceProperties());
        if (dataSource.getUsername() != null) {
            props.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            props.setProperty("password", dataSource.getPassword());
        }
        props.setProperty("ApplicationName", "planspor-listen");
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", String.valueOf(Math.max(10, checkEveryMs / 1000 * 3)));
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(dataSource.getJdbcUrl(), props);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        listening = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after the pool (the data source) and stopped before it. */
    @Override
    public int getPhase() {
        return 0;
    }
}
