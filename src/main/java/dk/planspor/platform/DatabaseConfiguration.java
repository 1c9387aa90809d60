package dk.planspor.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the embedded PostgreSQL under {@code PLANSPOR_DATA_DIR} (zonky, real server binaries), or the
 * external server at {@code SPRING_DATASOURCE_URL} when that is set. The choice is made when the application
 * starts, not by a bean condition, so an ahead-of-time processed build (see {@code bench/startup.sh}) still
 * honours {@code SPRING_DATASOURCE_URL}: AOT fixes the bean definitions at build time. Pool settings from
 * {@code spring.datasource.hikari.*} apply to both.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DataSourceProperties properties, @Value("${planspor.data-dir}") Path dataDir,
            @Value("${planspor.pg-binaries-dir:}") String binariesDir,
            @Value("${" + EmbeddedDatabaseEarlyStart.SHARED_BUFFERS + ":512MB}") String sharedBuffers) throws IOException {
        return external(properties) ? EmbeddedDatabase.none()
                : EmbeddedDatabase.open(dataDir, binariesDir, sharedBuffers);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, EmbeddedDatabase embedded) {
        if (!embedded.inUse()) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(embedded.jdbcUrl());
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(16);
        ds.setPoolName("planspor-embedded");
        // zonky stops the server from its own JVM shutdown hook, possibly while Spring is still closing;
        // a short timeout keeps the last queries on close from waiting 30 s for a server that is gone.
        ds.setConnectionTimeout(3000);
        return ds;
    }

    static boolean external(DataSourceProperties properties) {
        return properties.getUrl() != null && !properties.getUrl().isBlank();
    }
}
