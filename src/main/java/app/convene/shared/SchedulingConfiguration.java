package app.convene.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (e.g. overdue milestones); off in tests, which run the jobs' work directly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "convene.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
