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

/** A stakeholder editing their own profile, without a browser. */
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
}
