package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.InitiativeRole;
import app.convene.shared.SiteSettings;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14: coordinators open and close public registration; a closed one is refused by the service. */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@org.springframework.test.context.TestPropertySource(properties = "convene.test.database=partners")
class RegistrationSettingsTest {

    @Autowired
    RegistrationSettingsService settings;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SiteSettings site;
    @Autowired
    SmallInitiatives small;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;

    @BeforeEach
    void newInitiative() {
        initiative = small.initiative();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void asCoordinator() {
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Registration Coordinator"));
    }

    static NewRegistration answers(String email) {
        return new NewRegistration("Ana López", email, null, "Westside Works", null, Sector.WORKER_CENTER, null, null,
                null, null, Set.of(), false, Demographics.NONE);
    }

    private int registrationsOf(long initiativeId) {
        return jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class, initiativeId);
    }

    @Test
    void anInitiativeWhoseCoordinatorsNeverChoseFollowsTheSiteDefault() {
        RegistrationSettings none = settings.settings(initiative);
        assertThat(none.chosen()).isNull();
        assertThat(none.open()).isEqualTo(site.registrationOpenByDefault());
        assertThat(none.text()).isNull();
    }

    @Test
    void aClosedRegistrationIsRefusedByTheServiceAndStoresNothing() {
        asCoordinator();
        settings.save(initiative, false, "We open again in March.", "Abrimos de nuevo en marzo.");
        SignIn.out();

        assertThat(settings.isOpen(initiative)).isFalse();
        assertThatThrownBy(() -> registrations.register(initiative, answers("closed." + UUID.randomUUID() + "@example.org"),
                "10.14.1." + UUID.randomUUID().hashCode())).isInstanceOf(RegistrationClosedException.class);
        assertThat(registrationsOf(initiative)).isZero();

        asCoordinator();
        settings.save(initiative, true, "Welcome.", null);
        SignIn.out();
        registrations.register(initiative, answers("open." + UUID.randomUUID() + "@example.org"),
                "10.14.2." + UUID.randomUUID().hashCode());
        assertThat(registrationsOf(initiative)).isOne();
    }

    @Test
    void theJoinTextComesInTheReadersLanguageWhenThereIsOneAndChangesAreAudited() {
        asCoordinator();
        settings.save(initiative, null, "  Tell us about your organization.  ", "   ");

        RegistrationSettings saved = settings.settings(initiative);
        assertThat(saved.chosen()).as("left to the site's default").isNull();
        assertThat(saved.textFor("es")).isEqualTo("Tell us about your organization.");
        assertThat(saved.originalFor("es")).isTrue();

        settings.save(initiative, false, "Tell us about your organization.", "Cuéntenos sobre su organización.");

        RegistrationSettings translated = settings.settings(initiative);
        assertThat(translated.textFor("es")).isEqualTo("Cuéntenos sobre su organización.");
        assertThat(translated.originalFor("es")).isFalse();
        assertThat(translated.textFor("en")).isEqualTo("Tell us about your organization.");
        Map<String, Object> last = jdbc.queryForMap("""
                select before_state, after_state from audit_event where action = 'registration.settings'
                and initiative_id = ? order by id desc limit 1""", initiative);
        assertThat(last.get("before_state")).asString().contains("open=site default", "text (es)=null");
        assertThat(last.get("after_state")).asString().contains("open=false", "text (es)=Cuéntenos");
    }

    @Test
    void anOverLongTextIsRefusedByItsFieldAndNothingChanges() {
        asCoordinator();
        assertThatThrownBy(() -> settings.save(initiative, false, "ok", "x".repeat(1001)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("textEs"));
        assertThat(settings.settings(initiative).chosen()).isNull();
        assertThat(settings.isOpen(initiative)).isEqualTo(site.registrationOpenByDefault());
    }
}
