package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Decision 0047: every scheduled job takes its lock and so runs on one node at a time, except the ones that must
 * run on every node: the library's index feed (each node keeps its own index, decision 0027) and the mail
 * retries (every node, the row lock of each mail decides, decision 0033).
 */
class ScheduledJobsAreLockedTest {

    private static final Set<String> ON_EVERY_NODE = Set.of("LibraryIndexJobs.catchUp", "MailRetries.resubmitDue");

    @Test
    void everyScheduledJobButThosePerNodeTakesALockOfItsOwn() throws ClassNotFoundException {
        List<Method> jobs = scheduledMethods();
        assertThat(jobs).extracting(ScheduledJobsAreLockedTest::name).contains("OverdueMilestonesJob.run",
                "DigestJob.run", "DecisionRoundsJob.run", "CalendarJobs.sendReminders").containsAll(ON_EVERY_NODE);
        List<Method> locked = jobs.stream().filter(m -> !ON_EVERY_NODE.contains(name(m))).toList();
        assertThat(locked).allSatisfy(job -> assertThat(job.isAnnotationPresent(SchedulerLock.class))
                .as(name(job) + " is locked").isTrue());
        assertThat(jobs).filteredOn(m -> ON_EVERY_NODE.contains(name(m)))
                .noneMatch(m -> m.isAnnotationPresent(SchedulerLock.class));
        assertThat(locked.stream().map(m -> m.getAnnotation(SchedulerLock.class).name()).distinct())
                .as("one lock name per job").hasSize(locked.size());
    }

    private static List<Method> scheduledMethods() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> jobs = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("app.convene")) {
            Class<?> type = ClassUtils.forName(bean.getBeanClassName(), ScheduledJobsAreLockedTest.class.getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(method);
                }
            }
        }
        return jobs;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
