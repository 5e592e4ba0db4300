package app.convene.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Mail leaves on its own threads after a commit (decision 0033). Every test context's mail executor is noted here, so
 * that {@link Mailbox} can wait until all of them are idle before it reads what GreenMail received.
 */
public class MailThreads implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<ThreadPoolTaskExecutor, ConfigurableApplicationContext> EXECUTORS = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ThreadPoolTaskExecutor executor && "mailDeliveryExecutor".equals(name)) {
                    EXECUTORS.put(executor, context);
                }
                return bean;
            }
        });
    }

    /** Waits (at most 20 s) until no mail thread of any test context is sending or has mail queued. */
    public static void awaitIdle() {
        awaitIdle(java.time.Duration.ofSeconds(20));
    }

    /** Waits at most {@code longest} until no mail thread of any test context is sending or has mail queued. */
    public static void awaitIdle(java.time.Duration longest) {
        long deadline = System.nanoTime() + longest.toNanos();
        int idleChecks = 0;
        while (System.nanoTime() < deadline) {
            EXECUTORS.values().removeIf(context -> !context.isActive()); // a closed context's mail is not waited for
            // A cached context the test framework paused (stopped) holds its mail threads until it is used again.
            boolean idle = EXECUTORS.entrySet().stream().filter(e -> e.getValue().isRunning()).map(Map.Entry::getKey)
                    .allMatch(e -> e.getActiveCount() == 0
                    && e.getThreadPoolExecutor().getQueue().isEmpty());
            // Three idle looks in a row: a thread that has just taken a mail off the queue counts as active only a
            // moment later, so one look can fall between the two and see an idle executor with a mail in hand.
            idleChecks = idle ? idleChecks + 1 : 0;
            if (idleChecks == 3) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Mail was still being sent after " + longest);
    }
}
