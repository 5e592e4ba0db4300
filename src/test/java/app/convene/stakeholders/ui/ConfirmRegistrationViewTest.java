package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page a repeat registration's mailed link opens, as its visitor uses it, without a browser. */
@ConveneTest
class ConfirmRegistrationViewTest extends SpringBrowserlessTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    void register(String name, String email) {
        registrations.register(fixtures.initiativeId("equity-at-work"), new NewRegistration(name, email, null,
                "Westside Works", null, Sector.WORKER_CENTER, null, null, null, null, Set.of(), false, Demographics.NONE),
                "10.12.7." + UUID.randomUUID().hashCode());
    }

    String name(String email) {
        return jdbc.queryForObject("select name from registration where email_key = ?", String.class, email);
    }

    @Test
    void theLinkAppliesTheAnswersOnlyWhenThePersonConfirmsAndThenNeverAgain() {
        String email = "page." + UUID.randomUUID() + "@example.org";
        register("Ana López", email);
        register("Ana María López", email);
        String token = Mailbox.confirmationToken(email);

        ConfirmRegistrationView view = navigate("join/confirm/" + token, ConfirmRegistrationView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Confirm your new answers");
        assertThat(view.getElement().getTextRecursively()).contains("Equity@Work", "Nothing has changed yet");
        assertThat(name(email)).as("opening the link changes nothing").isEqualTo("Ana López");

        test(view.confirm).click();

        assertThat(name(email)).isEqualTo("Ana María López");
        assertThat(view.getElement().getTextRecursively())
                .contains("Your registration for Equity@Work now holds these answers");

        ConfirmRegistrationView again = navigate("join/confirm/" + token, ConfirmRegistrationView.class);
        assertThat(again.getElement().getTextRecursively()).contains("already been used", "Nothing changed");
        assertThat(again.confirm.getParent()).as("nothing to confirm").isEmpty();
    }

    @Test
    void aForgedLinkSaysItIsNotValidAndOffersNothingToConfirm() {
        ConfirmRegistrationView view = navigate("join/confirm/forged" + UUID.randomUUID(), ConfirmRegistrationView.class);
        assertThat(view.getElement().getTextRecursively()).contains("This confirmation link is not valid. Nothing changed.");
        assertThat(view.confirm.getParent()).as("nothing to confirm").isEmpty();
    }

    @Test
    void anExpiredLinkSaysSo() {
        String email = "late." + UUID.randomUUID() + "@example.org";
        register("Ana López", email);
        register("Too Late", email);
        String token = Mailbox.confirmationToken(email);
        jdbc.update("update registration_confirmation set expires_at = now() - interval '1 minute' where email_key = ?",
                email);

        ConfirmRegistrationView view = navigate("join/confirm/" + token, ConfirmRegistrationView.class);

        assertThat(view.getElement().getTextRecursively()).contains("has expired", "Nothing changed");
        assertThat(name(email)).isEqualTo("Ana López");
    }
}
