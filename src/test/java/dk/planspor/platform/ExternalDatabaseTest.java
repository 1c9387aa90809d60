package dk.planspor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.planspor.PlansporApplication;
import dk.planspor.plans.PlanCatalog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.datasource.url} set (SPRING_DATASOURCE_URL), the application uses that server and
 * starts no embedded one. The "external" server here is a separate PostgreSQL process started by the test.
 */
class ExternalDatabaseTest {

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
        Path dir = Path.of("target/test-db/external-" + UUID.randomUUID());
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            Path unused = Path.of("target/test-db/must-not-exist-" + UUID.randomUUID());
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlansporApplication.class)
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--server.port=0", "--planspor.data-dir=" + unused)) {
                assertThat(app.getBean(EmbeddedDatabase.class).inUse()).isFalse();
                assertThat(unused).doesNotExist();
                assertThat(app.getBean(PlanCatalog.class).plans()).hasSize(5);
            }
            try (var c = external.getPostgresDatabase().getConnection();
                    var rs = c.createStatement().executeQuery("select count(*) from plan")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the record was written to the external server").isEqualTo(5);
            }
        }
    }
}
