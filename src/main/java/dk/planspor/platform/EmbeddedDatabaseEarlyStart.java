package dk.planspor.platform;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Begins starting the embedded PostgreSQL as soon as the configuration is read, before the application
 * context is built, so the server's start-up (about a second) overlaps with Spring's. The data source then
 * waits for it ({@link EmbeddedDatabase#open}). Registered in {@code META-INF/spring.factories}, because it must
 * run before any bean exists. Nothing is started with an external database, nor while the build processes
 * the application ahead of time.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DATA_DIR = "planspor.data-dir";
    static final String SHARED_BUFFERS = "planspor.pg-shared-buffers";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        String dataDir = env.getProperty(DATA_DIR);
        if (Boolean.getBoolean("spring.aot.processing") || (url != null && !url.isBlank()) || dataDir == null) {
            return;
        }
        // Pin the value: a data directory given as ${random.uuid} (the tests) must not resolve differently
        // when the data-source bean reads it again.
        env.getPropertySources().addFirst(new MapPropertySource("plansporDataDir", Map.of(DATA_DIR, dataDir)));
        EmbeddedDatabase.openInBackground(Path.of(dataDir), env.getProperty("planspor.pg-binaries-dir", ""),
                env.getProperty(SHARED_BUFFERS, "512MB"));
    }
}
