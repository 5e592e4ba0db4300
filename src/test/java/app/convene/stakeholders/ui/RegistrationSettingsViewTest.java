package app.convene.stakeholders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.stakeholders.RegistrationSettingsService;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14: coordinators close registration and write the Join page's text; the Join page follows. */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@org.springframework.test.context.TestPropertySource(properties = "convene.test.database=partners-view")
class RegistrationSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    SmallInitiatives small;
    @Autowired
    RegistrationSettingsService settings;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;
    String slug;

    @BeforeEach
    void newInitiative() {
        initiative = small.initiative();
        slug = jdbc.queryForObject("select slug from initiative where id = ?", String.class, initiative);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void spanish() {
        VaadinSession.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
        UI.getCurrent().setLocale(ConveneI18NProvider.SPANISH);
    }

    @Test
    void aCoordinatorClosesRegistrationAndTheJoinPageSaysSoWithTheirText() {
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Settings Coordinator"));
        RegistrationSettingsView view = navigate("initiatives/" + slug + "/registration-settings",
                RegistrationSettingsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Registration settings");
        assertThat(view.open.getValue()).isEqualTo(RegistrationSettingsView.Choice.DEFAULT);

        test(view.open).selectItem("Closed");
        test(view.text).setValue("We take new members again in March.");
        test(view.textEs).setValue("Aceptamos nuevos miembros de nuevo en marzo.");
        test(view.save).click();

        assertThat(settings.isOpen(initiative)).isFalse();
        SignIn.out();
        JoinView join = navigate("initiatives/" + slug + "/join", JoinView.class);
        assertThat($(Paragraph.class).id("join-closed").getText()).startsWith("Registration for Small " + slug
                + " is closed");
        assertThat($(Paragraph.class).id("join-text").getText()).isEqualTo("We take new members again in March.");
        assertThat(join.form).as("no form while closed").isNull();

        spanish();
        navigate("initiatives/" + slug + "/join", JoinView.class);
        Paragraph text = $(Paragraph.class).id("join-text");
        assertThat(text.getText()).isEqualTo("Aceptamos nuevos miembros de nuevo en marzo.");
        assertThat(text.getElement().hasAttribute("lang")).isFalse();
    }

    @Test
    void withoutASpanishVersionASpanishReaderGetsTheOriginalMarkedWithItsLanguage() {
        Authorization.runAsSystem(() -> {
            settings.save(initiative, true, "Tell us which goal matters to you.", null);
            return null;
        });
        spanish();

        JoinView join = navigate("initiatives/" + slug + "/join", JoinView.class);

        Paragraph text = $(Paragraph.class).id("join-text");
        assertThat(text.getText()).isEqualTo("Tell us which goal matters to you.");
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(join.form).isNotNull();
    }

    @Test
    void anOverLongSpanishTextIsShownByItsFieldAndNothingIsSaved() {
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Settings Coordinator"));
        RegistrationSettingsView view = navigate("initiatives/" + slug + "/registration-settings",
                RegistrationSettingsView.class);

        test(view.open).selectItem("Closed");
        view.textEs.setValue("x".repeat(1001));
        test(view.save).click();

        assertThat(view.textEs.isInvalid()).isTrue();
        assertThat(view.textEs.getErrorMessage()).isEqualTo("Keep this under 1,000 characters.");
        assertThat(settings.settings(initiative).chosen()).isNull();
    }

    @Test
    void registrationClosedWhileAVisitorFillsTheFormIsRefusedAndWhatTheyTypedStays() {
        JoinView view = navigate("initiatives/" + slug + "/join", JoinView.class);
        test(view.form.name).setValue("Late Comer");
        test(view.form.email).setValue("late." + UUID.randomUUID() + "@example.org");
        test(view.form.sector).selectItem("Other");
        view.form.proposedOrganization = "Late Org";
        Authorization.runAsSystem(() -> {
            settings.save(initiative, false, null, null);
            return null;
        });

        test(view.submit).click();

        assertThat(view.formError.getText()).startsWith("Registration closed while you were filling in the form");
        assertThat(view.form.name.getValue()).isEqualTo("Late Comer");
        assertThat(jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class,
                initiative)).isZero();
    }
}
