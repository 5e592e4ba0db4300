package app.convene.convenings;

import app.convene.security.Authorization;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, changed convenings reach people's calendars; every hour, tomorrow's reminders go out. Off with
 * the other scheduled jobs ({@code convene.scheduling.enabled=false}, as in tests, which run the work directly).
 */
@Component
@ConditionalOnProperty(name = "convene.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CalendarJobs {

    private static final Logger log = LoggerFactory.getLogger(CalendarJobs.class);

    private final CalendarChanges changes;
    private final ConveningReminders reminders;

    CalendarJobs(CalendarChanges changes, ConveningReminders reminders) {
        this.changes = changes;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${convene.convenings.invitations-delay-ms:60000}", initialDelay = 30000)
    @SchedulerLock(name = "calendar-changes", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void sendChanges() {
        LockAssert.assertLocked();
        int sent = Authorization.runAsSystem(changes::sendPending);
        if (sent > 0) {
            log.info("Sent {} convening invitation(s), change(s) or cancellation(s)", sent);
        }
    }

    @Scheduled(cron = "${convene.convenings.reminders-cron:0 15 * * * *}")
    @SchedulerLock(name = "convening-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void sendReminders() {
        LockAssert.assertLocked();
        int sent = Authorization.runAsSystem(reminders::sendDue);
        if (sent > 0) {
            log.info("Sent {} convening reminder(s)", sent);
        }
    }
}
