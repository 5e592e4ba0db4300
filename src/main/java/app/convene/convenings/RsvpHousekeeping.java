package app.convene.convenings;

import app.convene.convenings.internal.RsvpListQueries;
import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.Housekept;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled: guests who never followed their link expire; who needed what is deleted
 * {@code convene.rsvp.accommodation-retention} after the event, keeping the counts per need.
 */
@Component
public class RsvpHousekeeping {

    private final RsvpQueries queries;
    private final RsvpListQueries lists;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;

    RsvpHousekeeping(RsvpQueries queries, RsvpListQueries lists, AuditLog audit, Clock clock,
                     @Value("${convene.rsvp.accommodation-retention:30d}") Duration retention) {
        this.queries = queries;
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** Unconfirmed guest RSVPs past their time become EXPIRED; returns how many. */
    @Transactional
    public int expireUnconfirmedGuests() {
        int expired = 0;
        for (Housekept rsvp : queries.expirePending(clock.instant())) {
            audit.record(Actor.SYSTEM, "rsvp.expired", "rsvp", rsvp.id(), rsvp.initiativeId(), "PENDING", "EXPIRED");
            expired++;
        }
        return expired;
    }

    /** Deletes accommodation details of convenings that ended more than the retention ago; returns how many. */
    @Transactional
    public int purgeAccommodations() {
        int deleted = 0;
        for (Housekept convening : lists.purgeAccommodations(clock.instant().minus(retention))) {
            audit.record(Actor.SYSTEM, "rsvp.accommodationsPurged", "convening", convening.id(),
                    convening.initiativeId(), "details=" + convening.count(), null);
            deleted += convening.count();
        }
        return deleted;
    }

    @Scheduled(fixedDelayString = "${convene.rsvp.housekeeping-every:15m}")
    @SchedulerLock(name = "rsvp-housekeeping", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void run() {
        LockAssert.assertLocked();
        Authorization.runAsSystem(() -> expireUnconfirmedGuests() + purgeAccommodations());
    }
}
