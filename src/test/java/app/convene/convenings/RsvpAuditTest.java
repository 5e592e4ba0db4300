package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.convenings.RsvpService.GuestRsvp;
import app.convene.convenings.RsvpService.LinkState;
import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: the RSVP changes Convene makes by itself reach the audit log like every other change: a freed seat
 * given to the first waiting, a guest's RSVP left unconfirmed (by the link and by housekeeping), and the
 * accommodation details deleted after the retention period.
 */
@ConveneTest
class RsvpAuditTest {

    @Autowired
    RsvpService rsvps;
    @Autowired
    RsvpHousekeeping housekeeping;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long initiative() {
        return fixtures.initiativeId("equity-at-work");
    }

    long upcoming(Integer capacity) {
        Instant starts = Instant.now().plus(10, ChronoUnit.DAYS);
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, online_link, capacity,
                                       visibility)
                values (?, 'SESSION', ?, ?, ?, 'ONLINE', 'https://meet.example.org/x', ?, 'PUBLIC') returning id""",
                Long.class, initiative(), "Audited " + UUID.randomUUID(), Timestamp.from(starts),
                Timestamp.from(starts.plus(90, ChronoUnit.MINUTES)), capacity);
    }

    Map<String, Object> line(String action, String subjectType, long subjectId) {
        var lines = jdbc.queryForList("""
                select actor_id, actor_label, initiative_id, before_state, after_state from audit_event
                where action = ? and subject_type = ? and subject_id = ?""", action, subjectType, String.valueOf(subjectId));
        assertThat(lines).as("%s of %s #%d in the audit log", action, subjectType, subjectId).hasSize(1);
        return lines.getFirst();
    }

    long rsvpOf(long conveningId, String email) {
        return jdbc.queryForObject("select id from rsvp where convening_id = ? and guest_email = ?", Long.class,
                conveningId, email);
    }

    @Test
    void aSeatFreedByACancellationAndGivenToTheFirstWaitingIsAudited() {
        long id = upcoming(1);
        Actor first = RsvpServiceTest.person(jdbc, "Seat Holder");
        Actor second = RsvpServiceTest.person(jdbc, "Seat Waiter");
        SignIn.as(first);
        rsvps.rsvp(id, false, Map.of());
        SignIn.as(second);
        long waiting = rsvps.rsvp(id, false, Map.of()).rsvpId();
        SignIn.as(first);

        rsvps.cancel(id);

        assertThat(line("rsvp.promoted", "rsvp", waiting)).containsEntry("initiative_id", initiative())
                .containsEntry("before_state", "WAITLISTED").containsEntry("after_state", "CONFIRMED")
                .containsEntry("actor_label", Actor.SYSTEM.name());
    }

    @Test
    void aGuestRsvpThatExpiresByHousekeepingOrByALateLinkIsAudited() {
        long id = upcoming(5);
        String early = "expired.early." + UUID.randomUUID() + "@example.org";
        String late = "expired.late." + UUID.randomUUID() + "@example.org";
        rsvps.requestAsGuest(id, new GuestRsvp("Early Guest", early, null, Map.of()));
        rsvps.requestAsGuest(id, new GuestRsvp("Late Guest", late, null, Map.of()));
        String lateToken = RsvpServiceTest.token(late, "confirm");
        // The link is followed after its time but before housekeeping came by; the other one waits for it.
        jdbc.update("update rsvp set confirm_by = now() - interval '1 minute' where convening_id = ?", id);

        assertThat(rsvps.confirmGuest(lateToken).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(line("rsvp.expired", "rsvp", rsvpOf(id, late))).containsEntry("before_state", "PENDING")
                .containsEntry("after_state", "EXPIRED").containsEntry("initiative_id", initiative());

        assertThat(housekeeping.expireUnconfirmedGuests()).isGreaterThanOrEqualTo(1);
        assertThat(line("rsvp.expired", "rsvp", rsvpOf(id, early))).containsEntry("before_state", "PENDING")
                .containsEntry("after_state", "EXPIRED").containsEntry("initiative_id", initiative())
                .containsEntry("actor_label", Actor.SYSTEM.name());
    }

    @Test
    void deletingAccommodationDetailsAfterTheRetentionIsAuditedPerConvening() {
        long id = upcoming(null);
        SignIn.as(RsvpServiceTest.person(jdbc, "Needs Ramp"));
        rsvps.rsvp(id, false, Map.of(Accommodation.INTERPRETATION, "ASL", Accommodation.CAPTIONING, ""));
        SignIn.out();
        jdbc.update("update convening set starts_at = now() - interval '60 days', ends_at = now() - interval '59 days' "
                + "where id = ?", id);

        housekeeping.purgeAccommodations();

        assertThat(line("rsvp.accommodationsPurged", "convening", id)).containsEntry("before_state", "details=2")
                .containsEntry("initiative_id", initiative());
    }
}
