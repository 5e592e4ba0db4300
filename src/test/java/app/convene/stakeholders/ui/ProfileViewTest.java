package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The profile page of someone without a profile: it says when an unverified email is why (issue 12 item 6). */
@ConveneTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
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
