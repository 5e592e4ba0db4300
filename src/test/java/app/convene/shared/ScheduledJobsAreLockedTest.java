package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Decision 0047: every scheduled job takes its lock and so runs on one node at a time, except the ones that must
 * run on every node: the library's index feed (each node keeps its own index, decision 0027) and the mail
 * retries (every node, the row lock of each mail decides, decision 0033).
 */
class ScheduledJobsAreLockedTest {

    private static final Set<String> ON_EVERY_NODE = Set.of("LibraryIndexJobs.catchUp", "MailRetries.resubmitDue");

    private final List<JavaMethod> jobs = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("app.convene").stream().flatMap(c -> c.getMethods().stream())
            .filter(m -> m.isAnnotatedWith(Scheduled.class)).toList();

    @Test
    void everyScheduledJobButThosePerNodeTakesALockOfItsOwn() {
        assertThat(jobs).extracting(ScheduledJobsAreLockedTest::name).contains("OverdueMilestonesJob.run",
                "DigestJob.run", "DecisionRoundsJob.run", "CalendarJobs.sendReminders").containsAll(ON_EVERY_NODE);
        List<JavaMethod> locked = jobs.stream().filter(m -> !ON_EVERY_NODE.contains(name(m))).toList();
        assertThat(locked).allSatisfy(job -> assertThat(job.isAnnotatedWith(SchedulerLock.class))
                .as(name(job) + " is locked").isTrue());
        assertThat(jobs).filteredOn(m -> ON_EVERY_NODE.contains(name(m)))
                .noneMatch(m -> m.isAnnotatedWith(SchedulerLock.class));
        assertThat(locked.stream().map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).distinct())
                .as("one lock name per job").hasSize(locked.size());
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getSimpleName() + "." + method.getName();
    }
}
