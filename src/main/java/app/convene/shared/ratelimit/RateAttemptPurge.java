package app.convene.shared.ratelimit;

import app.convene.shared.ratelimit.internal.RateAttemptQueries;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the counted attempts whose window has passed (decision 0047), for the keys nobody checks again (a key that
 * is checked loses its old rows then). On one node at a time; the rows are gone at most one delay after their window.
 */
@Component
class RateAttemptPurge {

    private final RateAttemptQueries queries;
    private final Clock clock;

    RateAttemptPurge(RateAttemptQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${convene.rate-limits.purge-delay:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-attempts-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    @Transactional
    public void purge() {
        LockAssert.assertLocked();
        queries.purge(clock.instant());
    }
}
