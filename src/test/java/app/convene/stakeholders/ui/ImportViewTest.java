package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.stakeholders.StakeholderImportService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinators' CSV import preview, without a browser. */
@ConveneTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    StakeholderImportService imports;
    @Autowired
    RegistrationService registrations;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRowOfAPersonWhoRegisteredIsShownAsKeptAsTheyEnteredIt() {
        long initiative = fixtures.initiativeId("equity-at-work");
        String email = "import.view." + UUID.randomUUID() + "@example.org";
        registrations.register(initiative, new NewRegistration("Self Registered", email, null, "Own Org", null,
                Sector.EMPLOYER, null, null, null, null, Set.of(), false, Demographics.NONE), "10.11." + email.hashCode());
        fixtures.signInAs("Maya Thompson");
        ImportView view = navigate("initiatives/equity-at-work/import", ImportView.class);

        view.show(imports.preview(initiative, ("name,email,sector,directory_consent\r\nSomeone Else," + email
                + ",Other,yes\r\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Kept as the person entered it (they registered or have an account)");
        assertThat(view.summary.getText()).startsWith("0 new, 0 to update, 0 with errors (left out), 1 kept as the person entered them.");
        assertThat(view.confirm.isVisible()).isFalse();
    }
}
