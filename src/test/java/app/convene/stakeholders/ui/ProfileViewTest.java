package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The own profile page: editing it, and when an unverified email is why there is none (issue 12 items 6, 10). */
@ConveneTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PersonService persons;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNulCharacterIsExplainedByItsFieldAndNothingIsSaved() {
        String email = "profile.view." + UUID.randomUUID() + "@example.org";
        long person = Authorization.runAsSystem(() -> persons.registerKnown("profile-view-" + UUID.randomUUID(),
                "Pilar Soto", email));
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, proposed_organization, title, sector,
                    status, source, directory_consent, person_id)
                values (?, ?, 'Pilar Soto', ?, 'Own Org', 'Organizer', 'OTHER', 'APPROVED', 'FORM', false, ?)""", fixtures.initiativeId("equity-at-work"), email, email, person);
        SignIn.as(new Actor(person, "Pilar Soto", false));
        ProfileView view = navigate("initiatives/equity-at-work/profile", ProfileView.class);

        test(view.form.title).setValue("Dir\0ector");
        test(view.save).click();

        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).contains("NUL character");
        assertThat(jdbc.queryForMap("select title, version from registration where email_key = ?", email))
                .containsEntry("title", "Organizer").containsEntry("version", 0L);
    }

    @Test
    void theLanguageOfTheirMailIsChosenInTheProfile() {
        String email = "profile.language." + UUID.randomUUID() + "@example.org";
        long person = Authorization.runAsSystem(() -> persons.registerKnown("profile-language-" + UUID.randomUUID(),
                "Lucía Marín", email));
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, source,
                    directory_consent, person_id)
                values (?, ?, 'Lucía Marín', ?, 'OTHER', 'APPROVED', 'FORM', false, ?)""",
                fixtures.initiativeId("equity-at-work"), email, email, person);
        SignIn.as(new Actor(person, "Lucía Marín", false));
        ProfileView view = navigate("initiatives/equity-at-work/profile", ProfileView.class);
        assertThat(view.language.getValue()).isEqualTo(app.convene.shared.i18n.ConveneI18NProvider.ENGLISH);

        test(view.language).selectItem("Español");

        assertThat(jdbc.queryForObject("select language from person where id = ?", String.class, person)).isEqualTo("es");
    }

    String signInWithEmail(boolean verified) {
        String email = "profile." + UUID.randomUUID() + "@example.org";
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, source)
                select id, ?, 'Imported Person', ?, 'OTHER', 'APPROVED', 'IMPORT' from initiative where slug = 'equity-at-work'""",
                email, email);
        long person = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, email_verified, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Imported Person', ?, ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), email, verified);
        SignIn.as(new Actor(person, "Imported Person", false));
        return email;
    }

    @Test
    void anUnverifiedSignInEmailGetsNoProfileAndIsToldWhy() {
        signInWithEmail(false);

        ProfileView view = navigate("initiatives/equity-at-work/profile", ProfileView.class);

        assertThat(view.getElement().getTextRecursively())
                .contains("You have no stakeholder profile in Equity@Work yet.",
                        "Your sign-in email is not verified yet");
    }

    @Test
    void aVerifiedSignInEmailOpensTheProfileMadeWithIt() {
        signInWithEmail(true);

        ProfileView view = navigate("initiatives/equity-at-work/profile", ProfileView.class);

        assertThat(view.form).isNotNull();
        assertThat(view.form.name.getValue()).isEqualTo("Imported Person");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("not verified");
    }
}
