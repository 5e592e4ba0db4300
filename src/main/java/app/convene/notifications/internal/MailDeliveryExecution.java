package app.convene.notifications.internal;

import app.convene.shared.ConveneClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Mail goes out on its own few threads, after the commit that made it due (decision 0033): the committing thread
 * still holds its database connection while after-commit work runs, so sending there (which locks the mail's row
 * and lets the registry mark the publication completed, each needing a connection of its own) could wait for
 * connections that only such threads hold — 50 people racing for seats exhausted a pool of six.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class MailDeliveryExecution {

    static final String EXECUTOR = "mailDeliveryExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor mailDeliveryExecutor(@Value("${convene.mail.senders:2}") int senders) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor() {
            /**
             * Not paused with its context (Spring 7 pauses the test framework's cached contexts while other tests
             * run): a paused executor held queued mail in its workers, and closing such a context at exit waited the
             * whole termination time for mail that could never go (decision 68).
             */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
        executor.setCorePoolSize(Math.max(1, senders));
        executor.setMaxPoolSize(Math.max(1, senders));
        executor.setThreadNamePrefix("mail-");
        executor.setDaemon(true);
        executor.setTaskDecorator(ConveneClock::carryingReplay);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
