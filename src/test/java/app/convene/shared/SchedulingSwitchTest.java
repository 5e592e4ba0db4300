package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code convene.scheduling.enabled=false} (as in tests) means no scheduled job runs at all: nothing else on the
 * class path may switch scheduling on behind it (Spring Modulith's Moments did, until it was turned off).
 */
@ConveneTest
class SchedulingSwitchTest {

    @Autowired
    ApplicationContext context;

    @Test
    void withSchedulingSwitchedOffNoScheduledMethodIsPickedUp() {
        assertThat(context.getEnvironment().getProperty("convene.scheduling.enabled")).isEqualTo("false");
        assertThat(context.getBeansOfType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
    }
}
