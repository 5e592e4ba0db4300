package app.convene.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.SiteSettingsService;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.shared.ui.RequestMemo;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.server.VaadinRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14: the site settings page; the header shows the saved name at once. */
@ConveneTest
class SiteSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SiteSettingsService settings;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void forget() {
        SignIn.out();
        jdbc.update("delete from site_settings");
    }

    @Test
    void anAdministratorRenamesTheSiteAndTheHeaderShowsTheNewName() {
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
        SiteSettingsView view = navigate("admin/settings", SiteSettingsView.class);
        assertThat(view.siteName.getValue()).isEqualTo("Convene");
        assertThat(view.publicUrl.getValue()).isEqualTo("http://localhost:8080");

        test(view.siteName).setValue("Inland Convene");
        test(view.publicUrl).setValue("not a web address");
        test(view.save).click();
        assertThat(view.publicUrl.isInvalid()).isTrue();
        assertThat(view.publicUrl.getErrorMessage()).startsWith("Enter a full web address");
        assertThat(view.siteName.getValue()).as("nothing typed is lost").isEqualTo("Inland Convene");

        test(view.publicUrl).setValue("https://convene.example.org");
        test(view.save).click();
        assertThat(view.publicUrl.isInvalid()).isFalse();

        navigate("admin/settings", SiteSettingsView.class);
        assertThat($(Anchor.class).withClassName("cv-brand").single().getText()).isEqualTo("Inland Convene");
        assertThat(view.publicUrl.getValue()).isEqualTo("https://convene.example.org");
    }

    /** Decision 71: every page's title names the site; requests share one read of it until the settings change. */
    @Test
    void requestsShareOneReadOfTheSettingsUntilTheyChange() {
        navigate("", com.vaadin.flow.component.Component.class);
        VaadinRequest.getCurrent().removeAttribute(RequestMemo.class.getName()); // the next click: a request of its own
        double hits = sharedHits();
        assertThat(settings.siteName()).isEqualTo("Convene");
        assertThat(sharedHits()).as("kept from the page's own read").isGreaterThan(hits);

        jdbc.update("""
                insert into site_settings (id, site_name, contact_address, public_url, registration_open_by_default,
                    updated_at) values (1, 'Changed By Hand', '', 'http://localhost:8080', true, now())""");
        VaadinRequest.getCurrent().removeAttribute(RequestMemo.class.getName());
        assertThat(settings.siteName()).as("any committed change is read at the next request").isEqualTo("Changed By Hand");
    }

    private double sharedHits() {
        Counter counter = meters.find("convene.shared.reads").tag("result", "hit").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Issue 14 polish: page titles and the footer name the site as stored, and the footer offers its contact. */
    @Test
    void pageTitlesAndTheFooterUseTheStoredNameAndTheContactAddress() {
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
        navigate("admin/settings", SiteSettingsView.class);
        assertThat($(Footer.class).single().getElement().getTextRecursively()).startsWith("Convene ·");
        assertThat($(Anchor.class).withId("site-contact").exists()).as("no contact set, none shown").isFalse();

        settings.save(new SiteSettingsService.Values("Inland Good Jobs Portal", "hello@inland.example.org",
                "https://convene.example.org", true));
        SignIn.out();

        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" · Inland Good Jobs Portal");
        assertThat($(Footer.class).single().getElement().getTextRecursively()).startsWith("Inland Good Jobs Portal ·")
                .contains("Contact: hello@inland.example.org");
        Anchor contact = $(Anchor.class).withId("site-contact").single();
        assertThat(contact.getHref()).isEqualTo("mailto:hello@inland.example.org");
        assertThat(contact.getText()).isEqualTo("hello@inland.example.org");

        UI.getCurrent().setLocale(java.util.Locale.of("es"));
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" · Inland Good Jobs Portal");
        assertThat($(Footer.class).single().getElement().getTextRecursively()).contains("Contacto: hello@inland.example.org");
    }

    @Test
    void aCoordinatorIsRefused() {
        fixtures.signInAs("Maya Thompson");
        navigate("admin/settings", AccessDeniedView.class);
    }
}
