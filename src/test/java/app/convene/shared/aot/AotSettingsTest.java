package app.convene.shared.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Decision 0052: a Spring-AOT-processed start is refused when its settings would have chosen other beans. */
class AotSettingsTest {

    private static final String EXTERNAL = "jdbc:postgresql://db.example.org/convene";

    /** The production build's settings: pom.xml's spring-aot arguments on application.properties. */
    private static Properties production() {
        Properties built = new Properties();
        built.putAll(AotSettings.of(new MockEnvironment().withProperty("convene.local-mail.enabled", "false")
                .withProperty("convene.demo.enabled", "false").withProperty("spring.mail.host", "set-at-start.invalid")));
        return built;
    }

    @Test
    void theProductionSetUpMatchesTheProductionBuild() {
        MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL)
                .withProperty("spring.mail.host", "smtp.example.org");
        assertThat(AotSettings.problems(production(), AotSettings.of(production))).isEmpty();
    }

    @Test
    void theDatabaseIsNotASettingOfTheBuild() {
        MockEnvironment embeddedWithoutDemo = new MockEnvironment().withProperty("convene.demo.enabled", "false")
                .withProperty("spring.mail.host", "127.0.0.1");
        assertThat(AotSettings.problems(production(), AotSettings.of(embeddedWithoutDemo))).isEmpty();
    }

    @Test
    void refusesSettingsThatChooseOtherBeans() {
        MockEnvironment other = new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL)
                .withProperty("convene.scheduling.enabled", "false").withProperty("convene.library.store", "s3");
        assertThat(AotSettings.problems(production(), AotSettings.of(other))).containsExactly(
                "convene.scheduling.enabled: false now, true when the jar was built",
                "convene.library.store: s3 now, folder when the jar was built",
                "spring.mail.host set: false now, true when the jar was built");
    }

    @Test
    void refusesTheDemoWithItsLocalMailbox() {
        assertThat(AotSettings.problems(production(), AotSettings.of(new MockEnvironment()
                .withProperty("spring.mail.host", "127.0.0.1")))).singleElement().asString().startsWith("local mail").contains("true now, false when the jar was built");
    }

    @Test
    void refusesAJarThatWasNotProcessed() {
        assertThat(AotSettings.problems(null, AotSettings.of(new MockEnvironment())))
                .singleElement().asString().contains("was not built by -Pproduction");
    }
}
