package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import app.convene.stakeholders.Sector;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public join form as a visitor fills it in, without a browser. */
@ConveneTest
class JoinViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void emptyFormShowsAMessageByEachRequiredFieldAndStoresNothing() {
        Integer before = jdbc.queryForObject("select count(*) from registration", Integer.class);
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Join Equity@Work");
        assertThat(view.goals.getListDataView().getItemCount()).isEqualTo(5);

        test(view.submit).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter your full name (up to 200 characters).");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.organization.isInvalid()).isTrue();
        assertThat(view.sector.isInvalid()).isTrue();
        assertThat(view.sector.getErrorMessage()).isEqualTo("Choose the sector that fits best.");
        assertThat(view.formError.getText()).isEqualTo("4 answers need attention. See the messages by the fields.");
        assertThat(jdbc.queryForObject("select count(*) from registration", Integer.class)).isEqualTo(before);
    }

    @Test
    void badEmailIsExplainedAndWhatWasTypedStays() {
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.name).setValue("Ana López");
        test(view.email).setValue("ana at example");
        test(view.sector).selectItem("Worker center");
        view.proposedOrganization = "Westside Works";

        test(view.submit).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@example.org.");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.name.getValue()).isEqualTo("Ana López");
        assertThat(view.formError.getText()).isEqualTo("One answer needs attention. See the messages by the fields.");
    }

    @Test
    void completeFormIsStoredAndConfirmed() {
        String email = "join." + UUID.randomUUID() + "@example.org";
        JoinView view = navigate("initiatives/equity-at-work/join", JoinView.class);
        test(view.name).setValue("Ana López");
        test(view.email).setValue(email);
        test(view.organization).selectItem("CareerRise");
        test(view.sector).selectItem("Worker center");
        test(view.goals).selectItem("Youth Transition");
        test(view.directoryConsent).click();

        test(view.submit).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Thank you");
        assertThat($(Paragraph.class).withTextContaining("has arrived").exists()).isTrue();
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
        test(view.name).setValue("Bot");
        test(view.email).setValue(email);
        test(view.sector).selectItem("Other");
        view.proposedOrganization = "Spam Inc";
        view.website.setValue("http://spam.example");

        test(view.submit).click();

        assertThat($(H1.class).single().getText()).isEqualTo("Thank you");
        assertThat(jdbc.queryForObject("select count(*) from registration where email_key = ?", Integer.class, email))
                .isZero();
    }
}
