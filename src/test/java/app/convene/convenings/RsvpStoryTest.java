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
import java.util.List;
import java.util.Locale;
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
 * Issue 15's RSVP leftovers: a seat's confirmation carries the RFC 5546 invitation (members, guests and the
 * promoted alike; a waitlist place none), and an archived initiative takes no RSVPs. Issue 17: a member hears of
 * it as a notice of kind RSVP whose mail (read from GreenMail, in the member's language) carries the invitation; a
 * guest gets a letter in the form's language only.
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
        jdbc.update("update person set language = 'es' where id = ?", waiting.personId());
        String guest = "story-guest-" + UUID.randomUUID() + "@example.org";

        SignIn.as(first);
        assertThat(rsvps.rsvp(id, false, Map.of()).status()).isEqualTo(RsvpStatus.CONFIRMED);
        SignIn.out();
        rsvps.requestAsGuest(id, new GuestRsvp("Rosa Guest", guest, "Invented Org", Map.of()));
        assertThat(rsvps.confirmGuest(RsvpServiceTest.token(guest, "confirm")).state()).isEqualTo(LinkState.DONE);
        SignIn.as(waiting);
        assertThat(rsvps.rsvp(id, false, Map.of()).status()).isEqualTo(RsvpStatus.WAITLISTED);

        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        assertThat(Mailbox.to(guest).getFirst().getSubject()).isEqualTo("Confirm your RSVP to " + title);
        assertThat(Mailbox.to(guest).getLast().getSubject()).isEqualTo("You are registered: " + title);
        MimeMessage seated = only(email(first));
        assertThat(seated.getSubject()).isEqualTo("Your RSVP to " + title + " is confirmed.");
        assertThat(Mailbox.body(seated)).startsWith("Your RSVP to " + title + " is confirmed.")
                .containsPattern("Open it in Convene: https?://\\S+/convenings/" + id + "\\s");
        VEvent member = invitation(seated, email(first));
        VEvent guests = invitation(Mailbox.to(guest).getLast(), guest);
        assertThat(value(member, Property.UID)).as("one stable UID per convening").isEqualTo(value(guests, Property.UID));
        assertThat(value(member, Property.LOCATION)).contains("https://meet.example.org/story");
        MimeMessage waitlisted = only(email(waiting));
        assertThat(waitlisted.getSubject()).as("in the reader's language")
                .isEqualTo(title + " está completo: su asistencia es la número 1 de la lista de espera.");
        assertThat(Mailbox.body(waitlisted)).contains("Ábralo en Convene: ").doesNotContain("Open it in Convene", "waitlist");
        assertThat(Mailbox.calendar(waitlisted)).as("a waitlist place is no invitation").isEmpty();

        SignIn.as(first);
        rsvps.cancel(id);
        List<MimeMessage> toWaiting = Mailbox.to(email(waiting));
        assertThat(toWaiting).hasSize(2);
        MimeMessage promoted = toWaiting.getLast();
        assertThat(promoted.getSubject()).isEqualTo("Se liberó un lugar en " + title + ": su asistencia está confirmada.");
        assertThat(Mailbox.body(promoted)).containsPattern("Ábralo en Convene: https?://\\S+/convenings/" + id + "\\s")
                .doesNotContain("A seat opened");
        assertThat(value(invitation(promoted, email(waiting)), Property.UID)).isEqualTo(value(member, Property.UID));

        int guestMail = Mailbox.to(guest).size();
        Authorization.runAsSystem(changes::sendPending);
        assertThat(Mailbox.to(guest)).as("the confirmation carried it").hasSize(guestMail);
        assertThat(Mailbox.to(email(waiting))).as("the promotion carried it").hasSize(2);
        assertThat(Mailbox.to(email(first))).as("the confirmation carried it").hasSize(1);
    }

    @Test
    void aMembersRsvpLeavesAnRsvpNoticeInItsInitiativeWhoseMailCarriesTheInvitation() throws Exception {
        long id = convening(5);
        Actor member = RsvpServiceTest.person(jdbc, "Nia Noticed");
        SignIn.as(member);
        rsvps.rsvp(id, false, Map.of());

        MimeMessage mail = only(email(member));
        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        assertThat(mail.getSubject()).isEqualTo("Your RSVP to " + title + " is confirmed.");
        assertThat(Mailbox.body(mail)).containsPattern("Open it in Convene: https?://\\S+/convenings/" + id + "\\s");
        assertThat(mail.getHeader("List-Unsubscribe", null)).as("one click turns RSVP mail off").contains("/unsubscribe/");
        assertThat(value(invitation(mail, email(member)), Property.UID)).startsWith("convening-" + id + "@");
        long initiative = fixtures.initiativeId("equity-at-work");
        assertThat(jdbc.queryForObject("select kind || ' ' || initiative_id || ' ' || link from notice where person_id = ?",
                String.class, member.personId())).as("the notice in the app")
                .isEqualTo("RSVP " + initiative + " convenings/" + id);
    }

    /** The one mail this address received. */
    private static MimeMessage only(String address) {
        List<MimeMessage> received = Mailbox.to(address);
        assertThat(received).as("mail to %s", address).hasSize(1);
        return received.getFirst();
    }

    @Test
    void aGuestWhoFilledTheFormInSpanishGetsEveryMailInSpanishOnly() throws Exception {
        long id = convening(5);
        String guest = "invitada-" + UUID.randomUUID() + "@example.org";
        rsvps.requestAsGuest(id, new GuestRsvp("Rosa Invitada", guest, null, Map.of(), Locale.of("es", "MX")));
        assertThat(jdbc.queryForObject("select guest_language from rsvp where guest_email = ?", String.class, guest))
                .isEqualTo("es");

        String title = jdbc.queryForObject("select title from convening where id = ?", String.class, id);
        MimeMessage confirm = Mailbox.to(guest).getFirst();
        assertThat(confirm.getSubject()).isEqualTo("Confirme su asistencia a " + title);
        assertThat(Mailbox.body(confirm)).startsWith("Hola Rosa Invitada:").contains("Para confirmar, abra este enlace")
                .doesNotContain("To confirm", "Hello", "Español");
        assertThat(rsvps.confirmGuest(RsvpServiceTest.token(guest, "confirm")).state()).isEqualTo(LinkState.DONE);
        MimeMessage seated = Mailbox.to(guest).getLast();
        assertThat(seated.getSubject()).isEqualTo("Está inscrito/a: " + title);
        assertThat(Mailbox.body(seated)).contains("su lugar en " + title + " está confirmado", "/rsvp/cancel/")
                .doesNotContain("your seat", "Hello");
        assertThat(value(invitation(seated, guest), Property.SUMMARY)).isEqualTo(title);
        assertThat(Mailbox.to(guest)).hasSize(2);
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
        return invitation(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8), attendee);
    }

    private static VEvent invitation(String text, String attendee) throws Exception {
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
