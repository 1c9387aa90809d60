package dk.planspor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no cycles, no access to another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PlansporApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes the module diagrams (PlantUML, C4 style) to target/spring-modulith-docs. The module canvases
     * are left out: Spring Modulith 2.1 reads its generated javadoc.json with a JSON parser that breaks on
     * some escaped quotes in our Javadoc.
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml"))
                .exists();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("target/spring-modulith-docs/module-plans.puml"))
                .exists();
    }
}
