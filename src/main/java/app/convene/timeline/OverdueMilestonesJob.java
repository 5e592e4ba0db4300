package app.convene.timeline;

import app.convene.security.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning (and at start-up), owners hear of milestones that became overdue; never twice. */
@Component
class OverdueMilestonesJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueMilestonesJob.class);
    private final OverdueMilestones milestones;

    OverdueMilestonesJob(OverdueMilestones milestones) {
        this.milestones = milestones;
    }

    @Scheduled(cron = "${convene.overdue.cron:0 0 7 * * *}")
    void run() {
        int notified = Authorization.runAsSystem(milestones::notifyOverdue);
        if (notified > 0) {
            log.info("Told the owners of {} newly overdue milestone(s)", notified);
        }
    }
}
