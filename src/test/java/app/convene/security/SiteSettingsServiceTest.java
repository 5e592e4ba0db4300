package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 14: site settings stored by administrators, effective at the next read, audited with before and after. */
@ConveneTest
class SiteSettingsServiceTest {

    @Autowired
    SiteSettingsService service;
    @Autowired
    SiteSettings site;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistrationService registrations;

    @AfterEach
    void forget() {
        SignIn.out();
        jdbc.update("delete from site_settings"); // the other tests of this context read the configuration's values
    }

    private void signInAsAdministrator() {
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
    }

    @Test
    void theConfigurationAppliesUntilAnAdministratorSavesAndTheSavedValuesApplyAtOnce() {
        assertThat(site.siteName()).isEqualTo("Convene");
        assertThat(site.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(site.registrationOpenByDefault()).isTrue();
        signInAsAdministrator();

        service.save(new SiteSettingsService.Values(" Inland Convene ", "help@example.org",
                "https://convene.example.org/", false));

        assertThat(site.siteName()).isEqualTo("Inland Convene");
        assertThat(site.contactAddress()).isEqualTo("help@example.org");
        assertThat(site.publicUrl()).as("without its trailing slash").isEqualTo("https://convene.example.org");
        assertThat(site.registrationOpenByDefault()).isFalse();
        assertThat(jdbc.queryForObject("select before_state from audit_event where action = 'site.settingsChanged'"
                + " order by id desc limit 1", String.class)).contains("siteName=Convene", "publicUrl=http://localhost:8080");
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'site.settingsChanged'"
                + " order by id desc limit 1", String.class)).contains("siteName=Inland Convene",
                "registrationOpenByDefault=false");

        service.save(new SiteSettingsService.Values("Convene Two", "", "http://localhost:8080", true));
        assertThat(site.siteName()).isEqualTo("Convene Two");
    }

    @Test
    void badValuesAreRefusedByTheirFieldAndNothingChanges() {
        signInAsAdministrator();
        assertField(new SiteSettingsService.Values(" ", "", "http://localhost:8080", true), "siteName",
                "settings.error.siteNameRequired");
        assertField(new SiteSettingsService.Values("N".repeat(101), "", "http://localhost:8080", true), "siteName",
                "error.tooLong");
        assertField(new SiteSettingsService.Values("N", "", "convene.example.org", true), "publicUrl",
                "settings.error.publicUrl");
        assertField(new SiteSettingsService.Values("N", "", "ftp://convene.example.org", true), "publicUrl",
                "settings.error.publicUrl");
        assertField(new SiteSettingsService.Values("N", "", "https://convene.example.org/?x=1", true), "publicUrl",
                "settings.error.publicUrl");
        assertThat(jdbc.queryForObject("select count(*) from site_settings", Integer.class)).isZero();
    }

    private void assertField(SiteSettingsService.Values values, String field, String key) {
        assertThatThrownBy(() -> service.save(values)).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aCoordinatorMayNotChangeThem() {
        fixtures.signInAs("Maya Thompson");
        assertThatThrownBy(() -> service.save(new SiteSettingsService.Values("Mine", "", "http://x.example", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(site.siteName()).isEqualTo("Convene");
    }

    /** Issue 14 polish: mail comes from the stored site name and is signed with it and the contact address. */
    @Test
    void mailIsSentUnderTheStoredNameAndSignedWithItAndTheContactAddress() throws Exception {
        signInAsAdministrator();
        service.save(new SiteSettingsService.Values("Inland Good Jobs Portal", "hello@inland.example.org",
                "https://convene.example.org", true));
        SignIn.out();
        String email = "signed." + UUID.randomUUID() + "@example.org";

        registrations.register(fixtures.initiativeId("equity-at-work"), new NewRegistration("Ana López", email, null,
                "Westside Works", null, Sector.WORKER_CENTER, null, null, null, null, Set.of(), false, Demographics.NONE),
                "10.14.8." + UUID.randomUUID().hashCode());

        MimeMessage received = Mailbox.to(email).getFirst();
        assertThat(received.getFrom()[0].toString()).contains("Inland Good Jobs Portal").doesNotContain("Convene <");
        assertThat(Mailbox.body(received).replace("\r\n", "\n").strip())
                .endsWith("\n-- \nInland Good Jobs Portal\nhello@inland.example.org")
                .doesNotContain("Convene");
    }
}
