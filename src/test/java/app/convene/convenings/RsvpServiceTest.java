package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.convenings.RsvpService.GuestRsvp;
import app.convene.convenings.RsvpService.LinkState;
import app.convene.security.Actor;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 15, RSVPs: seats, the waitlist and its promotion, guests' links, refusals, accommodations. */
@ConveneTest
class RsvpServiceTest {

    @Autowired
    RsvpService rsvps;
    @Autowired
    RsvpRoster roster;
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

    long convening(String visibility, Integer capacity, Instant starts, Instant deadline) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, online_link, capacity,
                                       rsvp_deadline, visibility)
                values (?, 'SESSION', ?, ?, ?, 'ONLINE', 'https://meet.example.org/x', ?, ?, ?) returning id""",
                Long.class, fixtures.initiativeId("equity-at-work"), "Session " + UUID.randomUUID(),
                java.sql.Timestamp.from(starts), java.sql.Timestamp.from(starts.plus(90, ChronoUnit.MINUTES)), capacity,
                deadline == null ? null : java.sql.Timestamp.from(deadline), visibility);
    }

    long upcoming(Integer capacity) {
        return convening("PUBLIC", capacity, Instant.now().plus(10, ChronoUnit.DAYS), null);
    }

    static Actor person(JdbcTemplate jdbc, String name) {
        long id = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), name, name.replace(' ', '.') + UUID.randomUUID() + "@example.org");
        return new Actor(id, name, false);
    }

    String status(long conveningId, Actor actor) {
        return jdbc.queryForObject("select status from rsvp where convening_id = ? and person_id = ? order by id desc limit 1",
                String.class, conveningId, actor.personId());
    }

    static String token(String mailbox, String path) {
        String token = null;
        for (var message : Mailbox.to(mailbox)) {
            Matcher link = Pattern.compile("/rsvp/" + path + "/([A-Za-z0-9_-]+)").matcher(Mailbox.body(message));
            if (link.find()) {
                token = link.group(1);
            }
        }
        assertThat(token).as("a %s link mailed to %s", path, mailbox).isNotNull();
        return token;
    }

    @Test
    void aCancellationPromotesTheFirstOnTheWaitlistWhoIsToldInAppAndByMail() {
        long id = upcoming(1);
        Actor first = person(jdbc, "First Comer");
        Actor second = person(jdbc, "Second Comer");
        Actor third = person(jdbc, "Third Comer");
        SignIn.as(first);
        assertThat(rsvps.rsvp(id, false, Map.of()).status()).isEqualTo(RsvpStatus.CONFIRMED);
        assertThat(rsvps.mine(id).orElseThrow().onlineLink()).isEqualTo("https://meet.example.org/x");
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ? and text like 'notice.rsvpConfirmed%'",
                Integer.class, first.personId())).as("told in the app that the RSVP is confirmed").isEqualTo(1);
        SignIn.as(second);
        var waiting = rsvps.rsvp(id, false, Map.of());
        assertThat(waiting.status()).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(waiting.waitlistRank()).isEqualTo(1);
        assertThat(waiting.onlineLink()).isNull();
        SignIn.as(third);
        assertThat(rsvps.rsvp(id, false, Map.of()).waitlistRank()).isEqualTo(2);

        SignIn.as(first);
        rsvps.cancel(id);

        assertThat(status(id, second)).isEqualTo("CONFIRMED");
        assertThat(status(id, third)).isEqualTo("WAITLISTED");
        SignIn.as(third);
        assertThat(rsvps.mine(id).orElseThrow().waitlistRank()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ? and text like 'notice.rsvpPromoted%'",
                Integer.class, second.personId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ? and text like 'notice.rsvpConfirmed%'",
                Integer.class, second.personId())).as("waitlisted, then promoted: never a plain confirmation").isZero();
        assertThat(jdbc.queryForObject("""
                select kind || ' ' || initiative_id || ' ' || link from notice
                where person_id = ? and text like 'notice.rsvpPromoted%'""", String.class, second.personId()))
                .as("the notice in the app: kind, initiative, link")
                .isEqualTo("RSVP " + fixtures.initiativeId("equity-at-work") + " convenings/" + id);
        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        List<MimeMessage> toSecond = Mailbox.to(email(second));
        // each mailed at once, on the mail threads: GreenMail may have received either first
        assertThat(toSecond).extracting(MimeMessage::getSubject).as("waitlisted, then a seat opened")
                .containsExactlyInAnyOrder(title + " is full: your RSVP is number 1 on the waitlist.",
                        "A seat opened at " + title + ": your RSVP is confirmed.");
        MimeMessage promoted = toSecond.stream().filter(m -> Mailbox.subject(m).startsWith("A seat opened"))
                .findFirst().orElseThrow();
        assertThat(Mailbox.body(promoted)).startsWith("A seat opened at " + title + ": your RSVP is confirmed.")
                .containsPattern("Open it in Convene: https?://\\S+/convenings/" + id + "\\s");
        assertThat(Mailbox.calendar(promoted)).as("the promotion carries the invitation")
                .hasValueSatisfying(ics -> assertThat(ics).contains("METHOD:REQUEST", "convening-" + id + "@"));
        assertThat(Mailbox.to(email(third))).as("still waiting: no seat opened for the third")
                .noneMatch(m -> Mailbox.body(m).contains("A seat opened"));
    }

    String email(Actor actor) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, actor.personId());
    }

    @Test
    void fiftyPeopleRacingForTheLastTenSeatsEndAsTenConfirmedAndFortyWaitlisted() throws Exception {
        long id = upcoming(15);
        for (int i = 0; i < 5; i++) {
            SignIn.as(person(jdbc, "Early " + i));
            rsvps.rsvp(id, false, Map.of());
        }
        List<Actor> racers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            racers.add(person(jdbc, "Racer " + i));
        }
        race(rsvps, id, racers);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id = ? and status = 'CONFIRMED'",
                Integer.class, id)).isEqualTo(15);
        assertThat(jdbc.queryForList("""
                select waitlist_position from rsvp where convening_id = ? and status = 'WAITLISTED'
                order by waitlist_position""", Integer.class, id))
                .hasSize(40).doesNotHaveDuplicates();
    }

    /** Runs the racers' RSVPs at once (50 threads); returns the milliseconds until all settled. */
    static double race(RsvpService rsvps, long conveningId, List<Actor> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (Actor racer : racers) {
            done.add(pool.submit(() -> {
                SignIn.as(racer);
                try {
                    start.await();
                    rsvps.rsvp(conveningId, false, Map.of());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SignIn.out();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double millis = (System.nanoTime() - began) / 1_000_000.0;
        pool.shutdown();
        return millis;
    }

    @Test
    void aGuestConfirmsThroughTheMailedLinkOnceAndCancelsThroughTheCancelLinkOnce() {
        long id = upcoming(5);
        String mailbox = "guest." + UUID.randomUUID() + "@example.org";
        rsvps.requestAsGuest(id, new GuestRsvp("Gina Guest", mailbox, "Westside Works",
                Map.of(Accommodation.INTERPRETATION, "Spanish")));
        assertThat(jdbc.queryForObject("select status from rsvp where guest_email = ?", String.class, mailbox))
                .isEqualTo("PENDING");
        String confirm = token(mailbox, "confirm");
        assertThat(jdbc.queryForObject("select count(*) from rsvp where confirm_token_hash = ?", Integer.class,
                RsvpTokens.hash(confirm))).as("only the hash is stored").isEqualTo(1);

        assertThat(rsvps.confirmGuest(confirm).state()).isEqualTo(LinkState.DONE);
        assertThat(rsvps.confirmGuest(confirm).state()).as("single use").isEqualTo(LinkState.UNKNOWN);
        assertThat(jdbc.queryForObject("select status from rsvp where guest_email = ?", String.class, mailbox))
                .isEqualTo("CONFIRMED");

        String cancel = token(mailbox, "cancel");
        var cancelled = rsvps.cancelByLink(cancel);
        assertThat(cancelled.state()).isEqualTo(LinkState.DONE);
        assertThat(cancelled.status()).isEqualTo(RsvpStatus.CANCELLED);
        assertThat(rsvps.cancelByLink(cancel).state()).isEqualTo(LinkState.USED);
    }

    @Test
    void unconfirmedGuestsExpireAndTheirLinkNoLongerWorks() {
        long id = upcoming(5);
        String mailbox = "late." + UUID.randomUUID() + "@example.org";
        rsvps.requestAsGuest(id, new GuestRsvp("Late Guest", mailbox, null, Map.of()));
        String confirm = token(mailbox, "confirm");
        jdbc.update("update rsvp set confirm_by = now() - interval '1 minute' where guest_email = ?", mailbox);

        assertThat(housekeeping.expireUnconfirmedGuests()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select status from rsvp where guest_email = ?", String.class, mailbox))
                .isEqualTo("EXPIRED");
        assertThat(rsvps.confirmGuest(confirm).state()).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void refusedByTheFieldAfterTheDeadlineForACancelledOccurrenceAndAnInvalidEmail() {
        Instant starts = Instant.now().plus(5, ChronoUnit.DAYS);
        long closed = convening("PUBLIC", null, starts, Instant.now().minus(1, ChronoUnit.HOURS));
        long cancelled = upcoming(null);
        jdbc.update("update convening set status = 'CANCELLED' where id = ?", cancelled);
        SignIn.as(person(jdbc, "Too Late"));
        assertThatThrownBy(() -> rsvps.rsvp(closed, false, Map.of())).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.deadline"));
        assertThatThrownBy(() -> rsvps.rsvp(cancelled, false, Map.of())).isInstanceOfSatisfying(ValidationError.class,
                e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.cancelled"));
        SignIn.out();
        assertThatThrownBy(() -> rsvps.requestAsGuest(upcoming(null), new GuestRsvp("X", "not-an-email", null, Map.of())))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("rsvp.error.email");
                });
        assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id in (?, ?)", Integer.class,
                closed, cancelled)).isZero();
    }

    @Test
    void aConveningThePersonMayNotSeeIsRefusedToMembersAndGuests() {
        long membersOnly = convening("MEMBERS", null, Instant.now().plus(3, ChronoUnit.DAYS), null);
        SignIn.as(person(jdbc, "Outsider"));
        assertThatThrownBy(() -> rsvps.rsvp(membersOnly, false, Map.of())).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> rsvps.requestAsGuest(membersOnly,
                new GuestRsvp("Gus", "gus@example.org", null, Map.of()))).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs("Jordan Ellis");
        assertThat(rsvps.rsvp(membersOnly, false, Map.of()).status()).isEqualTo(RsvpStatus.CONFIRMED);
    }

    @Test
    void aSeriesRsvpIsOneRowPerScheduledFutureOccurrence() {
        long series = jdbc.queryForObject("insert into convening_series (initiative_id, title) values (?, 'Six') returning id",
                Long.class, fixtures.initiativeId("equity-at-work"));
        List<Long> occurrences = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            long id = upcoming(null);
            jdbc.update("update convening set series_id = ?, starts_at = starts_at + make_interval(months => ?), "
                    + "ends_at = ends_at + make_interval(months => ?) where id = ?", series, month, month, id);
            occurrences.add(id);
        }
        jdbc.update("update convening set status = 'CANCELLED' where id = ?", occurrences.get(2));
        SignIn.as(person(jdbc, "Series Fan"));

        assertThat(rsvps.rsvp(occurrences.get(0), true, Map.of()).forSeries()).isTrue();

        assertThat(jdbc.queryForList("select convening_id from rsvp where for_series and person_id = ? order by convening_id",
                Long.class, SecurityActor.id())).containsExactly(occurrences.get(0), occurrences.get(1));
    }

    @Test
    void organizersSeeWhoNeedsWhatAndThePurgeKeepsOnlyTheCounts() {
        long id = convening("PUBLIC", null, Instant.now().plus(1, ChronoUnit.DAYS), null);
        SignIn.as(person(jdbc, "Needs Interpreter"));
        rsvps.rsvp(id, false, Map.of(Accommodation.INTERPRETATION, "Vietnamese", Accommodation.CAPTIONING, ""));
        SignIn.as(person(jdbc, "Needs Captions"));
        rsvps.rsvp(id, false, Map.of(Accommodation.CAPTIONING, ""));
        assertThatThrownBy(() -> roster.accommodationCounts(id)).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAs("Maya Thompson");
        assertThat(roster.accommodationCounts(id)).containsEntry("CAPTIONING", 2).containsEntry("INTERPRETATION", 1);
        assertThat(roster.entries(id, 0, 50)).anySatisfy(e -> assertThat(e.needs()).containsEntry("INTERPRETATION", "Vietnamese"));

        jdbc.update("update convening set starts_at = now() - interval '60 days', ends_at = now() - interval '59 days' "
                + "where id = ?", id);
        assertThat(housekeeping.purgeAccommodations()).isGreaterThanOrEqualTo(3);

        assertThat(jdbc.queryForObject("select count(*) from rsvp_accommodation a join rsvp r on r.id = a.rsvp_id "
                + "where r.convening_id = ?", Integer.class, id)).isZero();
        assertThat(roster.accommodationCounts(id)).containsEntry("CAPTIONING", 2).containsEntry("INTERPRETATION", 1);
    }

    /** The signed-in person's id. */
    static final class SecurityActor {
        static long id() {
            return ((Actor) org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication().getPrincipal()).personId();
        }
    }
}
