package app.convene.timeline;

import app.convene.security.Authorization;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, owners hear of milestones that became overdue; never twice. Every node fires at 07:00; the
 * first to take the lock runs it and holds it five minutes, so the others skip (decision 0047).
 */
@Component
class OverdueMilestonesJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueMilestonesJob.class);
    private final OverdueMilestones milestones;

    OverdueMilestonesJob(OverdueMilestones milestones) {
        this.milestones = milestones;
    }

    /** How many milestones were new; empty when another node holds the lock and this node skipped the run. */
    @Scheduled(cron = "${convene.overdue.cron:0 0 7 * * *}")
    @SchedulerLock(name = "overdue-milestones", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    Optional<Integer> run() {
        LockAssert.assertLocked();
        int notified = Authorization.runAsSystem(milestones::notifyOverdue);
        if (notified > 0) {
            log.info("Told the owners of {} newly overdue milestone(s)", notified);
        }
        return Optional.of(notified);
    }
}
