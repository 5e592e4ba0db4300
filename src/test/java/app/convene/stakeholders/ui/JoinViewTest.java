package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.support.Fixtures;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public join form as a visitor fills it in, without a browser. */
@ConveneTest
class JoinViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistrationService registrations;
    @Autowired
    Fixtures fixtures;

    @Test
    void emptyFormShowsAMessageByEachRequiredFieldAndStoresNothing() {
        Integer before = jdbc.queryForObject("select count(*) from registration", Integer.class);
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Join Equity@Work");
        assertThat(view.form.goals.getListDataView().getItemCount()).isEqualTo(5);

        test(view.submit).click();

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Enter your full name (up to 200 characters).");
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.organization.isInvalid()).isTrue();
        assertThat(view.form.sector.isInvalid()).isTrue();
        assertThat(view.form.sector.getErrorMessage()).isEqualTo("Choose the sector that fits best.");
        assertThat(view.formError.getText()).isEqualTo("4 answers need attention. See the messages by the fields.");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(before);
    }

    @Test
    void badEmailIsExplainedAndWhatWasTypedStays() {
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.form.name).setValue("Ana López");
        test(view.form.email).setValue("ana at example");
        test(view.form.sector).selectItem("Worker center");
        view.form.proposedOrganization = "Westside Works";

        test(view.submit).click();

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@example.org.");
        assertThat(view.form.name.isInvalid()).isFalse();
        assertThat(view.form.name.getValue()).isEqualTo("Ana López");
        assertThat(view.formError.getText()).isEqualTo("One answer needs attention. See the messages by the fields.");
    }

    @Test
    void completeFormIsStoredAndConfirmed() {
        String email = "join." + UUID.randomUUID() + "@example.org";
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.form.name).setValue("Ana López");
        test(view.form.email).setValue(email);
        test(view.form.organization).selectItem("CareerRise");
        test(view.form.sector).selectItem("Worker center");
        test(view.form.goals).selectItem("Youth Transition");
        test(view.form.directoryConsent).click();

        test(view.submit).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Thank you");
        assertThat($(Paragraph.class).withTextContaining("has been sent").exists()).isTrue();
        var row = jdbc.queryForMap("""
                select r.name, r.sector, r.directory_consent, r.status, o.name as org,
                  (select count(*) from registration_goal g where g.registration_id = r.id) as goals
                from registration r join organization o on o.id = r.organization_id where r.email_key = ?""", email);
        assertThat(row).containsEntry("name", "Ana López").containsEntry("sector", Sector.WORKER_CENTER.name())
                .containsEntry("directory_consent", true).containsEntry("status", "PENDING")
                .containsEntry("org", "CareerRise").containsEntry("goals", 1L);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButStoresNothing() {
        String email = "bot." + UUID.randomUUID() + "@example.org";
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.form.name).setValue("Bot");
        test(view.form.email).setValue(email);
        test(view.form.sector).selectItem("Other");
        view.form.proposedOrganization = "Spam Inc";
        view.website.setValue("http://spam.example");

        test(view.submit).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Thank you");
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aBrowserThatKeepsRegisteringIsAskedToWaitAndKeepsWhatItTyped() {
        String prefix = "burst." + UUID.randomUUID();
        int stored = 0;
        JoinView view = null;
        for (int i = 0; i < 10; i++) {
            view = navigate("initiatives/equity-at-work/join", JoinView.class);
            test(view.form.name).setValue("Burst " + i);
            test(view.form.email).setValue(prefix + "." + i + "@example.org");
            test(view.form.organization).selectItem("CareerRise");
            test(view.form.sector).selectItem("Other");
            test(view.submit).click();
            if (view.formError.isVisible()) {
                break;
            }
            stored++;
        }
        assertThat(stored).as("registrations this browser made before it had to wait").isEqualTo(3);
        assertThat(view.formError.getText()).matches(
                "This browser has sent several registrations in a row\\. Please wait (30|29|28) seconds and send again; nothing you typed is lost\\.");
        assertThat(view.form.name.getValue()).isEqualTo("Burst 3");
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key like ?", Integer.class,
                prefix + "%")).isEqualTo(3);
    }

    /** Issue 12 item 5: the page does not tell whether the email is already known. */
    @Test
    void thePageAnswersTheSameForAKnownAndANewEmail() {
        String known = "known." + UUID.randomUUID() + "@example.org";
        registrations.register(fixtures.initiativeId("equity-at-work"), new NewRegistration("Ana López", known, null,
                "Westside Works", null, Sector.WORKER_CENTER, null, null, null, null, Set.of(), false, Demographics.NONE),
                "10.12.6." + UUID.randomUUID().hashCode());

        String forKnown = submitted("Mallory Mask", known.toUpperCase());
        String forNew = submitted("Mallory Mask", "new." + UUID.randomUUID() + "@example.org");

        assertThat(forKnown).isEqualTo(forNew).contains("Thank you", "has been sent");
        assertThat(jdbc.queryForObject("select name from registration where email_key = ?", String.class, known))
                .isEqualTo("Ana López");
    }

    /** Submits the form and returns everything the page then says. */
    private String submitted(String name, String email) {
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.form.name).setValue(name);
        test(view.form.email).setValue(email);
        test(view.form.organization).selectItem("CareerRise");
        test(view.form.sector).selectItem("Other");
        test(view.form.directoryConsent).click();
        test(view.submit).click();
        return view.getElement().getTextRecursively();
    }
}
