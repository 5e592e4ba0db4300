package app.convene.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo mailbox runs only with demo content, and never under the prod profile. */
class LocalMailConditionTest {

    private static final String EXTERNAL = "jdbc:postgresql://db/convene";

    @Test
    void onWithTheDemoOfTheEmbeddedDefault() {
        assertThat(LocalMailCondition.enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void offWithoutDemoContent() {
        assertThat(LocalMailCondition.enabled(new MockEnvironment().withProperty("convene.demo.enabled", "false"))).isFalse();
        assertThat(LocalMailCondition.enabled(new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL))).isFalse();
        assertThat(LocalMailCondition.enabled(new MockEnvironment().withProperty("convene.demo.enabled", "false")
                .withProperty("convene.local-mail.enabled", "true"))).isFalse();
    }

    @Test
    void neverUnderTheProdProfile() {
        MockEnvironment environment = new MockEnvironment().withProperty("convene.demo.enabled", "true")
                .withProperty("convene.local-mail.enabled", "true");
        environment.setActiveProfiles("prod");

        assertThat(LocalMailCondition.enabled(environment)).isFalse();
    }

    @Test
    void canBeSwitchedOffInTheDemo() {
        assertThat(LocalMailCondition.enabled(new MockEnvironment().withProperty("convene.local-mail.enabled", "false"))).isFalse();
        assertThat(LocalMailCondition.enabled(new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL)
                .withProperty("convene.demo.enabled", "true"))).isTrue();
    }
}
