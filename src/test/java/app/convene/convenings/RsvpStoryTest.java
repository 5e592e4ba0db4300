package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.convenings.RsvpService.GuestRsvp;
import app.convene.convenings.RsvpService.LinkState;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15's RSVP leftovers: a seat's confirmation mail carries the RFC 5546 invitation (members, guests and the
 * promoted alike; a waitlist mail none), and an archived initiative takes no RSVPs.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-story")
class RsvpStoryTest {

    @Autowired
    RsvpService rsvps;
    @Autowired
    CalendarChanges changes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long convening(int capacity) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, online_link, capacity,
                                       visibility)
                values (?, 'SESSION', ?, ?, ?, 'ONLINE', 'https://meet.example.org/story', ?, 'PUBLIC') returning id""",
                Long.class, fixtures.initiativeId("equity-at-work"), "Story session " + UUID.randomUUID(),
                java.sql.Timestamp.from(Instant.now().plus(12, ChronoUnit.DAYS)),
                java.sql.Timestamp.from(Instant.now().plus(12, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES)), capacity);
    }

    String email(Actor actor) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, actor.personId());
    }

    @Test
    void aSeatsConfirmationMailCarriesTheInvitationAndTheSweepSendsItNoMore() throws Exception {
        long id = convening(2);
        Actor first = RsvpServiceTest.person(jdbc, "Ines Seated");
        Actor waiting = RsvpServiceTest.person(jdbc, "Omar Waiting");
        String guest = "story-guest-" + UUID.randomUUID() + "@example.org";

        SignIn.as(first);
        assertThat(rsvps.rsvp(id, false, Map.of()).status()).isEqualTo(RsvpStatus.CONFIRMED);
        SignIn.out();
        rsvps.requestAsGuest(id, new GuestRsvp("Rosa Guest", guest, "Invented Org", Map.of()));
        assertThat(rsvps.confirmGuest(RsvpServiceTest.token(guest, "confirm")).state()).isEqualTo(LinkState.DONE);
        SignIn.as(waiting);
        assertThat(rsvps.rsvp(id, false, Map.of()).status()).isEqualTo(RsvpStatus.WAITLISTED);

        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        assertThat(Mailbox.to(guest).getFirst().getSubject()).startsWith("Confirm your RSVP to " + title + " / ");
        assertThat(Mailbox.to(email(first)).getLast().getSubject()).startsWith("You are registered: " + title + " / ");
        VEvent member = invitation(Mailbox.to(email(first)).getLast(), email(first));
        VEvent guests = invitation(Mailbox.to(guest).getLast(), guest);
        assertThat(value(member, Property.UID)).as("one stable UID per convening").isEqualTo(value(guests, Property.UID));
        assertThat(value(member, Property.LOCATION)).contains("https://meet.example.org/story");
        assertThat(calendarPart(Mailbox.to(email(waiting)).getLast())).as("a waitlist place is no invitation").isEmpty();
        assertThat(Mailbox.body(Mailbox.to(email(waiting)).getLast())).contains("waitlist");

        SignIn.as(first);
        rsvps.cancel(id);
        MimeMessage promoted = Mailbox.to(email(waiting)).getLast();
        assertThat(Mailbox.body(promoted)).contains("a seat opened");
        assertThat(value(invitation(promoted, email(waiting)), Property.UID)).isEqualTo(value(member, Property.UID));

        int guestMail = Mailbox.to(guest).size();
        int waitingMail = Mailbox.to(email(waiting)).size();
        Authorization.runAsSystem(changes::sendPending);
        assertThat(Mailbox.to(guest)).as("the confirmation carried it").hasSize(guestMail);
        assertThat(Mailbox.to(email(waiting))).as("the promotion carried it").hasSize(waitingMail);
    }

    @Test
    void anArchivedInitiativeRefusesRsvpsFromMembersAndGuestsByTheField() {
        long id = convening(10);
        long equity = fixtures.initiativeId("equity-at-work");
        Actor member = RsvpServiceTest.person(jdbc, "Archie Late");
        jdbc.update("update initiative set status = 'ARCHIVED' where id = ?", equity);
        try {
            SignIn.as(member);
            assertThatThrownBy(() -> rsvps.rsvp(id, false, Map.of())).isInstanceOfSatisfying(ValidationError.class,
                    e -> {
                        assertThat(e.field()).isEqualTo("rsvp");
                        assertThat(e.messageKey()).isEqualTo("rsvp.error.archived");
                    });
            assertThat(rsvps.reader(id).orElseThrow().accepting()).isFalse();
            assertThat(rsvps.reader(id).orElseThrow().archived()).isTrue();
            SignIn.out();
            assertThatThrownBy(() -> rsvps.requestAsGuest(id, new GuestRsvp("Gus Guest",
                    "archived-" + UUID.randomUUID() + "@example.org", null, Map.of())))
                    .isInstanceOfSatisfying(ValidationError.class,
                            e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.archived"));
            assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id = ?", Integer.class, id))
                    .isZero();
        } finally {
            jdbc.update("update initiative set status = 'PUBLISHED' where id = ?", equity);
        }
    }

    @Test
    void aGuestsLinkFollowedAfterTheInitiativeIsArchivedTakesNoSeat() {
        long id = convening(10);
        long equity = fixtures.initiativeId("equity-at-work");
        String guest = "late-guest-" + UUID.randomUUID() + "@example.org";
        rsvps.requestAsGuest(id, new GuestRsvp("Lena Late", guest, null, Map.of()));
        jdbc.update("update initiative set status = 'ARCHIVED' where id = ?", equity);
        try {
            assertThat(rsvps.confirmGuest(RsvpServiceTest.token(guest, "confirm")).state()).isEqualTo(LinkState.EXPIRED);
            assertThat(jdbc.queryForObject("select count(*) from rsvp where convening_id = ? and status = 'CONFIRMED'",
                    Integer.class, id)).isZero();
        } finally {
            jdbc.update("update initiative set status = 'PUBLISHED' where id = ?", equity);
        }
    }

    /** The mail's METHOD:REQUEST invitation to that attendee, parsed with ical4j. */
    static VEvent invitation(MimeMessage message, String attendee) throws Exception {
        BodyPart part = calendarPart(message).orElseThrow(() -> new AssertionError("no text/calendar part"));
        assertThat(part.getContentType()).contains("method=REQUEST");
        String text = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponents("VEVENT").getFirst();
        assertThat(value(event, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:" + attendee);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        return event;
    }

    static Optional<BodyPart> calendarPart(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart parts)) {
            return Optional.empty();
        }
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return Optional.of(parts.getBodyPart(i));
            }
        }
        return Optional.empty();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
