package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.convene.security.Actor;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: a registration waiting is a REGISTRATION_WAITING notice for the initiative's coordinators (no one
 * else), and the registrant, who has no account, gets one mail in the language they filled the form in.
 */
@ConveneTest
class RegistrationNoticesTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeftNotices left;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long atlanta() {
        return fixtures.initiativeId("equity-at-work");
    }

    long registered(String email) {
        return jdbc.queryForObject("select id from registration where email_key = ?", Long.class, email.toLowerCase());
    }

    @Test
    void theCoordinatorsAreToldThatARegistrationWaitsAndOnlyThey() {
        String email = "waiting." + UUID.randomUUID() + "@example.org";
        long before = left.last();
        registrations.register(atlanta(), RegistrationServiceTest.answers(email), RegistrationServiceTest.address());

        List<Long> coordinators = jdbc.queryForList("""
                select person_id from initiative_role where initiative_id = ? and role = 'COORDINATOR'""", Long.class,
                atlanta());
        assertThat(coordinators).contains(fixtures.personId("Maya Thompson"))
                .doesNotContain(fixtures.personId("Sam Chen"));
        assertThat(left.since(before)).extracting(LeftNotices.Row::personId).containsExactlyInAnyOrderElementsOf(coordinators);
        assertThat(left.since(before)).extracting(LeftNotices.Row::kind, LeftNotices.Row::key,
                        LeftNotices.Row::initiativeId, LeftNotices.Row::link)
                .containsOnly(tuple("REGISTRATION_WAITING", "notice.registrationWaiting", atlanta(),
                        "initiatives/equity-at-work/registrations"));
        assertThat(left.since(before).getFirst().text()).contains("Ana López", "Equity@Work");
        assertThat(Mailbox.to("maya.thompson@example.org")).extracting(MimeMessage::getSubject)
                .as("the coordinator's mail is the notice's delivery now, no bilingual mail of the module's own")
                .noneMatch(subject -> subject.contains("New registration waiting"));
    }

    @Test
    void theRegistrantIsMailedInTheLanguageOfTheFormOnly() throws Exception {
        String email = "es." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), RegistrationServiceTest.answers(email).inLanguage(ConveneI18NProvider.SPANISH),
                RegistrationServiceTest.address());

        assertThat(jdbc.queryForObject("select language from registration where id = ?", String.class,
                registered(email))).isEqualTo("es");
        assertThat(Mailbox.to(email)).extracting(MimeMessage::getSubject)
                .containsExactly("Inscripción recibida: Equity@Work");
        assertThat(Mailbox.body(Mailbox.to(email).getFirst())).contains("gracias por inscribirse en Equity@Work")
                .doesNotContain("thank you", "Español");

        long before = left.last();
        SignIn.as(new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false));
        registrations.decline(registered(email), "Outside the region");

        assertThat(Mailbox.to(email)).extracting(MimeMessage::getSubject)
                .containsExactly("Inscripción recibida: Equity@Work", "Su inscripción en Equity@Work");
        assertThat(Mailbox.body(Mailbox.to(email).getLast())).contains("La coordinación no pudo aprobar")
                .doesNotContain("could not approve");
        assertThat(left.since(before)).as("a registrant without an account has no notices; the coordinator acted")
                .isEmpty();
    }

    @Test
    void aRepeatFormIsConfirmedInItsLanguageAndAFormWithoutOneIsAnsweredInEnglish() {
        String email = "repeat." + UUID.randomUUID() + "@example.org";
        registrations.register(atlanta(), RegistrationServiceTest.answers(email), RegistrationServiceTest.address());
        assertThat(Mailbox.to(email)).extracting(MimeMessage::getSubject)
                .containsExactly("Registration received: Equity@Work");

        long before = left.last();
        registrations.register(atlanta(), RegistrationServiceTest.answers(email).inLanguage(ConveneI18NProvider.SPANISH),
                RegistrationServiceTest.address());

        assertThat(Mailbox.to(email)).extracting(MimeMessage::getSubject).containsExactly(
                "Registration received: Equity@Work", "Confirme las respuestas de su inscripción: Equity@Work");
        assertThat(Mailbox.confirmationToken(email)).isNotBlank();
        assertThat(left.since(before)).as("nothing changed yet: nothing waits anew").isEmpty();
    }
}
