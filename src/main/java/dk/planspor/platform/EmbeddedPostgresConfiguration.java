package dk.planspor.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL server (zonky, real server binaries) under {@code PLANSPOR_DATA_DIR}
 * unless {@code SPRING_DATASOURCE_URL} points at an external server. The data directory is kept
 * between runs, so the data survives a restart. PostgreSQL refuses to run as root; when the JVM runs
 * as root (containers, CI), zonky runs the server binaries through {@code unshare -U} (util-linux).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${planspor.data-dir}") Path dataDir,
            @Value("${planspor.pg-binaries-dir:}") String binariesDir,
            @Value("${planspor.pg-shared-buffers:512MB}") String sharedBuffers) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        Path binaries = binariesDir.isBlank() ? root.resolve("pg-binaries") : Path.of(binariesDir).toAbsolutePath().normalize();
        Path cluster = root.resolve("postgres");
        Files.createDirectories(binaries);
        Files.createDirectories(cluster);
        // zonky reads its working directory (where it unpacks the server binaries) from this property.
        System.setProperty("ot.epg.working-dir", binaries.toString());
        var running = EmbeddedDatabase.runningServer(cluster);
        if (running.isPresent()) {
            log.info("Using the embedded PostgreSQL already running on {} (port {})", cluster, running.get());
            return EmbeddedDatabase.attached(running.get());
        }
        log.info("Starting embedded PostgreSQL with data in {}", cluster);
        return EmbeddedDatabase.started(EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                // PostgreSQL's default (128MB) is far below the search index with a million consultation responses
                // (~1.5 GB): the newest responses and the record's rows are read on every search
                .setServerConfig("shared_buffers", sharedBuffers)
                .setLocaleConfig("locale", "C.UTF-8")
                .start());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.jdbcUrl());
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(16);
        ds.setPoolName("planspor-embedded");
        // zonky stops the server from its own JVM shutdown hook, possibly while Spring is still closing;
        // a short timeout keeps the last queries on close from waiting 30 s for a server that is gone.
        ds.setConnectionTimeout(3000);
        return ds;
    }

    /** Matches when no external database URL has been configured. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
