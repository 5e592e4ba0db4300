package app.convene.notifications;

import app.convene.security.Authorization;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, the daily and weekly digests that are due and not sent yet go out (so a node that was down at the
 * digest hour catches up at the next). Off with the other scheduled jobs ({@code convene.scheduling.enabled=false},
 * as in tests, which run {@link Digests} directly).
 */
@Component
@ConditionalOnProperty(name = "convene.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final Digests digests;

    DigestJob(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${convene.digest.cron:0 2 * * * *}")
    @SchedulerLock(name = "digests", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void run() {
        LockAssert.assertLocked();
        for (Delivery frequency : new Delivery[] {Delivery.DAILY, Delivery.WEEKLY}) {
            int sent = Authorization.runAsSystem(() -> digests.send(frequency));
            if (sent > 0) {
                log.info("Sent {} {} digest(s)", sent, frequency.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
