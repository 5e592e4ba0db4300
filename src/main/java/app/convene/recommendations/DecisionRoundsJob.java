package app.convene.recommendations;

import app.convene.security.Authorization;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes decision rounds whose closing time has passed, every minute, and tells the electorate of a round
 * that closes within a day (once). Pages close due rounds on their own when read, so a round never accepts a
 * response after its closing time either way. Runs only with {@code convene.scheduling.enabled}.
 */
@Component
class DecisionRoundsJob {

    private static final Logger log = LoggerFactory.getLogger(DecisionRoundsJob.class);
    private final DecisionService decisions;
    private final DecisionRoundReminders reminders;

    DecisionRoundsJob(DecisionService decisions, DecisionRoundReminders reminders) {
        this.decisions = decisions;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${convene.decisions.close-every:60s}")
    @SchedulerLock(name = "decision-rounds", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void run() {
        LockAssert.assertLocked();
        int closed = Authorization.runAsSystem(decisions::closeDue);
        if (closed > 0) {
            log.info("Closed {} decision round(s) at their closing time", closed);
        }
        int reminded = Authorization.runAsSystem(reminders::remindClosingSoon);
        if (reminded > 0) {
            log.info("Told the electorate of {} decision round(s) that they close soon", reminded);
        }
    }
}
