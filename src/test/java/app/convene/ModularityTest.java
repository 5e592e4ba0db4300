package app.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ConveneApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** The module graph as it is (PlantUML and module canvases under target/spring-modulith-docs). */
    @Test
    void documentsTheModules() throws Exception {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        Path components = Path.of("target/spring-modulith-docs/components.puml");
        assertThat(components).exists();
        assertThat(Files.readString(components)).contains("Initiatives", "Workgroups", "Recommendations");
    }

    @Test
    void featurePackagesAreModules() {
        assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .contains("app.convene.initiatives", "app.convene.stakeholders", "app.convene.shared",
                        "app.convene.demo");
    }
}
