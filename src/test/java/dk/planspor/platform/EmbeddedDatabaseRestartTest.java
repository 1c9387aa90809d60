package dk.planspor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.planspor.PlansporApplication;
import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.identity.OrganisationKind;
import dk.planspor.plans.PlanCatalog;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole application on the embedded PostgreSQL, stops it, starts it again on the same data
 * directory and finds the data: both the seeded record (loaded once, not twice) and a later change.
 */
class EmbeddedDatabaseRestartTest {

    private final Path dataDir = Path.of("target/test-db/restart-" + UUID.randomUUID());

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test's application.properties (which picks a fresh data dir).
        return new SpringApplicationBuilder(PlansporApplication.class)
                .run("--planspor.data-dir=" + dataDir, "--server.port=0");
    }

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(EmbeddedDatabase.class).ownsServer()).isTrue();
            assertThat(first.getBean(PlanCatalog.class).plans()).hasSize(5);
            first.getBean(OrganisationDirectory.class).register("restart-check",
                    LocalizedText.of("Genstartskontrol", "Restart check"), OrganisationKind.CSO);
            // A second process on the same data directory (an import from the command line while the app
            // runs) uses the running server instead of failing on the locked cluster, and leaves it running.
            try (ConfigurableApplicationContext concurrent = start()) {
                assertThat(concurrent.getBean(EmbeddedDatabase.class).ownsServer()).isFalse();
                assertThat(concurrent.getBean(OrganisationDirectory.class).bySlug("restart-check")).isPresent();
            }
            assertThat(first.getBean(PlanCatalog.class).plans()).hasSize(5);
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(OrganisationDirectory.class).bySlug("restart-check"))
                    .get().extracting(o -> o.name().en()).isEqualTo("Restart check");
            assertThat(second.getBean(PlanCatalog.class).plans())
                    .as("the record is loaded once, not again on the second start")
                    .hasSize(5)
                    .anySatisfy(s -> {
                        assertThat(s.plan().slug()).isEqualTo("2017-2019");
                        assertThat(s.commitmentCount()).isEqualTo(14);
                    });
        }
    }
}
