package app.convene.convenings;

import static app.convene.convenings.ConveningCalendarTest.events;
import static app.convene.convenings.ConveningCalendarTest.instant;
import static app.convene.convenings.ConveningCalendarTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * RFC 5546 invitations, their updates and cancellations, and the day-before reminder: each sent once, to a guest as
 * a letter, to a member as a notice of kind RSVP whose mail (read from GreenMail) carries the calendar message.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-invitations")
class ConveningInvitationsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    CalendarChanges changes;
    @Autowired
    ConveningReminders reminders;
    @Autowired
    Invitations invitations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRequestThenTheChangeWithAHigherSequenceThenTheCancelEachReachTheGuestOnce() throws Exception {
        CalendarFixture data = new CalendarFixture(jdbc);
        long good = fixtures.initiativeId("good-jobs-equity-project");
        Instant start = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(Duration.ofDays(20));
        long session = data.convening(good, "Session three: employer practices", start, "PUBLIC");
        String guest = "guest-" + UUID.randomUUID() + "@example.org";
        data.guest(session, guest, "CONFIRMED");
        long sam = fixtures.personId("Sam Chen");
        data.member(session, sam, "CONFIRMED");
        int samNotices = notices(sam);
        int samsMailBefore = Mailbox.to(email(sam)).size();
        String title = "Session three: employer practices";

        sweep();
        sweep();
        List<MimeMessage> mail = Mailbox.to(guest);
        assertThat(mail).as("the invitation, once").hasSize(1);
        assertThat(contentType(mail.getFirst())).contains("method=REQUEST");
        Calendar invited = calendar(mail.getFirst());
        assertThat(invited.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent first = (VEvent) invited.getComponents("VEVENT").getFirst();
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.ORGANIZER)).startsWith("mailto:");
        assertThat(value(first, Property.ATTENDEE)).isEqualTo("mailto:" + guest);
        assertThat(value(first, Property.LOCATION)).as("the online link goes to people with an RSVP")
                .contains("https://meet.example.org/secret-room");
        assertThat(mail.getFirst().getSubject()).isEqualTo("Invitation: Session three: employer practices");
        assertThat(notices(sam)).as("Sam's invitation is a notice").isEqualTo(samNotices + 1);
        List<MimeMessage> samsMail = samsMail(sam, samsMailBefore);
        assertThat(samsMail).as("Sam's invitation, mailed once").hasSize(1);
        MimeMessage samInvited = samsMail.getFirst();
        assertThat(samInvited.getSubject()).startsWith("You are registered for " + title + ", ");
        assertThat(Mailbox.body(samInvited)).contains("the invitation adds it to your calendar")
                .containsPattern("Open it in Convene: https?://\\S+/convenings/" + session + "\\s");
        assertThat(contentType(samInvited)).contains("method=REQUEST");
        assertThat(calendar(samInvited).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent samsFirst = (VEvent) calendar(samInvited).getComponents("VEVENT").getFirst();
        assertThat(value(samsFirst, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(samsFirst, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(samsFirst, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:" + email(sam));

        data.move(session, 3600);
        sweep();
        sweep();
        mail = Mailbox.to(guest);
        assertThat(mail).as("the update, once").hasSize(2);
        VEvent moved = (VEvent) calendar(mail.get(1)).getComponents("VEVENT").getFirst();
        assertThat(calendar(mail.get(1)).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(instant(moved, Property.DTSTART)).isEqualTo(start.plus(Duration.ofHours(1)));
        assertThat(mail.get(1).getSubject()).isEqualTo("Changed: Session three: employer practices");
        assertThat(notices(sam)).as("Sam is told in the app").isEqualTo(samNotices + 2);
        assertThat(jdbc.queryForObject("select kind || ' ' || initiative_id || ' ' || link from notice "
                + "where person_id = ? order by id desc limit 1", String.class, sam))
                .isEqualTo("RSVP " + good + " convenings/" + session);
        samsMail = samsMail(sam, samsMailBefore);
        assertThat(samsMail).as("Sam's change, mailed once").hasSize(2);
        MimeMessage samMoved = samsMail.get(1);
        assertThat(samMoved.getSubject()).startsWith("The convening " + title + " has changed: it now starts ");
        assertThat(Mailbox.body(samMoved)).containsPattern("https?://\\S+/convenings/" + session + "\\s");
        assertThat(contentType(samMoved)).contains("method=REQUEST");
        VEvent samsMove = (VEvent) calendar(samMoved).getComponents("VEVENT").getFirst();
        assertThat(value(samsMove, Property.SEQUENCE)).isEqualTo(value(moved, Property.SEQUENCE));
        assertThat(instant(samsMove, Property.DTSTART)).isEqualTo(start.plus(Duration.ofHours(1)));

        data.cancel(session);
        sweep();
        sweep();
        mail = Mailbox.to(guest);
        assertThat(mail).as("the cancellation, once").hasSize(3);
        assertThat(contentType(mail.get(2))).contains("method=CANCEL");
        Calendar cancel = calendar(mail.get(2));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent gone = (VEvent) cancel.getComponents("VEVENT").getFirst();
        assertThat(value(gone, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(gone, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(moved, Property.SEQUENCE)));
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(notices(sam)).isEqualTo(samNotices + 3);
        assertThat(jdbc.queryForObject("select text from notice where person_id = ? order by id desc limit 1", String.class,
                sam)).startsWith("convening.calendar.notice.cancelled");
        samsMail = samsMail(sam, samsMailBefore);
        assertThat(samsMail).as("each of Sam's calendar messages once, though every sweep ran twice").hasSize(3);
        MimeMessage samCancelled = samsMail.get(2);
        assertThat(samCancelled.getSubject()).startsWith("The convening " + title + " on ")
                .endsWith(" has been cancelled.");
        assertThat(contentType(samCancelled)).contains("method=CANCEL");
        Calendar samsCancel = calendar(samCancelled);
        assertThat(samsCancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent samsGone = (VEvent) samsCancel.getComponents("VEVENT").getFirst();
        assertThat(value(samsGone, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(samsGone, Property.SEQUENCE)).isEqualTo(value(gone, Property.SEQUENCE));
        assertThat(value(samsGone, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void anInvitationBuiltForAConfirmationIsNotSentAgainAndOnlyItsPeopleMayHaveIt() throws Exception {
        CalendarFixture data = new CalendarFixture(jdbc);
        long equity = fixtures.initiativeId("equity-at-work");
        long meeting = data.convening(equity, "Re-engagement convening", clock.instant().plus(Duration.ofDays(9)), "PUBLIC");
        String guest = "confirmed-" + UUID.randomUUID() + "@example.org";
        long rsvp = data.guest(meeting, guest, "CONFIRMED");
        long sam = fixtures.personId("Sam Chen");
        long samsRsvp = data.member(meeting, sam, "CONFIRMED");

        String request = Authorization.runAsSystem(() -> invitations.request(meeting, rsvp));
        VEvent event = events(request).getFirst();
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:" + guest);
        assertThat(new CalendarBuilder().build(new java.io.StringReader(request)).getProperty(Property.METHOD)
                .orElseThrow().getValue()).isEqualTo("REQUEST");
        SignIn.as(new Actor(sam, "Sam Chen", false));
        assertThat(events(invitations.request(meeting, samsRsvp))).hasSize(1);
        assertThatThrownBy(() -> invitations.request(meeting, rsvp)).as("someone else's invitation")
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();

        sweep();
        assertThat(Mailbox.to(guest)).as("the confirmation carried it; the sweep sends nothing more").isEmpty();
    }

    @Test
    void theReminderGoesOutTheDayBeforeAndOnlyOnce() throws Exception {
        CalendarFixture data = new CalendarFixture(jdbc);
        long wei = fixtures.initiativeId("worker-equity-initiative");
        long tomorrow = data.convening(wei, "Steering committee", clock.instant().plus(Duration.ofHours(20)), "PUBLIC");
        long later = data.convening(wei, "Steering committee, next month", clock.instant().plus(Duration.ofDays(30)), "PUBLIC");
        long cancelled = data.convening(wei, "Called-off meeting", clock.instant().plus(Duration.ofHours(10)), "PUBLIC");
        data.cancel(cancelled);
        String guest = "reminded-" + UUID.randomUUID() + "@example.org";
        data.guest(tomorrow, guest, "CONFIRMED");
        data.guest(later, guest, "CONFIRMED");
        data.guest(cancelled, guest, "CONFIRMED");
        String waiting = "waiting-" + UUID.randomUUID() + "@example.org";
        data.guest(tomorrow, waiting, "WAITLISTED");
        long sam = fixtures.personId("Sam Chen");
        data.member(tomorrow, sam, "CONFIRMED");
        int samsMailBefore = Mailbox.to(email(sam)).size();

        String samsLanguage = jdbc.queryForObject("select language from person where id = ?", String.class, sam);
        jdbc.update("update person set language = 'es' where id = ?", sam);
        try {
            assertThat(Authorization.runAsSystem(reminders::sendDue)).isEqualTo(2);
            assertThat(Authorization.runAsSystem(reminders::sendDue)).isZero();
        } finally {
            jdbc.update("update person set language = ? where id = ?", samsLanguage, sam);
        }

        assertThat(Mailbox.to(guest)).hasSize(1);
        assertThat(Mailbox.to(guest).getFirst().getSubject()).isEqualTo("Tomorrow: Steering committee");
        assertThat(Mailbox.body(Mailbox.to(guest).getFirst())).contains("Steering committee")
                .contains("https://meet.example.org/secret-room");
        assertThat(Mailbox.to(waiting)).isEmpty();
        assertThat(samsMail(sam, samsMailBefore)).as("Sam's reminder, once, in his language").singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).startsWith("Recordatorio: Steering committee empieza mañana, ");
                    assertThat(Mailbox.body(m)).containsPattern("Ábralo en Convene: https?://\\S+/convenings/"
                            + tomorrow + "\\s").doesNotContain("Reminder", "Open it in Convene");
                    assertThat(Mailbox.calendar(m)).as("a reminder carries no calendar message").isEmpty();
                });
        assertThat(jdbc.queryForObject("select kind || ' ' || initiative_id || ' ' || link from notice "
                + "where person_id = ? and link = ?", String.class, sam, "convenings/" + tomorrow))
                .isEqualTo("RSVP " + wei + " convenings/" + tomorrow);
    }

    /** The mail Sam received after he had {@code before} messages, oldest first. */
    private List<MimeMessage> samsMail(long sam, int before) {
        List<MimeMessage> all = Mailbox.to(email(sam));
        return all.subList(before, all.size());
    }

    private String email(long personId) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, personId);
    }

    private void sweep() {
        Authorization.runAsSystem(changes::sendPending);
    }

    private int notices(long personId) {
        return jdbc.queryForObject("select count(*) from notice where person_id = ?", Integer.class, personId);
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String contentType(MimeMessage message) throws Exception {
        return calendarPart(message).getContentType();
    }

    private static Calendar calendar(MimeMessage message) throws Exception {
        String text = new String(calendarPart(message).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new java.io.StringReader(text));
    }
}
