package app.convene.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Decision 68: the mail executor keeps sending while its context is paused (as Spring's test framework pauses cached
 * contexts), and a paused context with mail handed over closes without waiting out the executor's termination time.
 */
class MailDeliveryExecutionTest {

    @Test
    void mailHandedOverWhileTheContextIsPausedGoesOutAndTheContextClosesAtOnce() throws Exception {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(MailDeliveryExecution.class);
        ThreadPoolTaskExecutor executor = context.getBean(MailDeliveryExecution.EXECUTOR, ThreadPoolTaskExecutor.class);
        context.pause();
        CompletableFuture<String> sent = executor.submitCompletable(() -> "sent");
        assertThat(sent.get(5, TimeUnit.SECONDS)).as("not held by the pause").isEqualTo("sent");

        CompletableFuture<String> queued = executor.submitCompletable(() -> "also sent");
        long start = System.nanoTime();
        context.close();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to close, the executor waits up to 10 s")
                .isLessThan(5_000);
        assertThat(queued.get(1, TimeUnit.SECONDS)).isEqualTo("also sent");
    }
}
