package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.InitiativeRole;
import app.convene.security.SiteSettingsService;
import app.convene.support.Fixtures;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A site whose administrators keep public registration closed by default: an initiative whose coordinators
 * never chose is closed, read from the site settings each time, until they open it.
 */
@ConveneTest
// Creates an initiative: the database (and context) of the stakeholder tests that do, so the demo's pages elsewhere
// list the demo coalitions only.
@TestPropertySource(properties = "convene.test.database=partners")
class RegistrationClosedByDefaultTest {

    @Autowired
    SiteSettingsService site;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistrationSettingsService settings;
    @Autowired
    RegistrationService registrations;
    @Autowired
    SmallInitiatives small;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
        jdbc.update("delete from site_settings"); // the other tests of this context read the configuration's values
    }

    /** An administrator saves the site's settings with public registration open or closed by default. */
    private void openByDefault(boolean open) {
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
        SiteSettingsService.Values now = site.forEditing();
        site.save(new SiteSettingsService.Values(now.siteName(), now.contactAddress(), now.publicUrl(), open));
        SignIn.out();
    }

    @Test
    void withTheSiteClosedByDefaultANewInitiativeRefusesRegistrationsUntilItsCoordinatorsOpenIt() {
        openByDefault(false);
        long initiative = small.initiative();

        assertThat(settings.settings(initiative).open()).isFalse();
        assertThatThrownBy(() -> registrations.register(initiative,
                RegistrationSettingsTest.answers("default." + UUID.randomUUID() + "@example.org"), "10.14.3.1"))
                .isInstanceOf(RegistrationClosedException.class);

        openByDefault(true);
        assertThat(settings.isOpen(initiative)).as("the site's default is read each time").isTrue();

        openByDefault(false);
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Opening Coordinator"));
        settings.save(initiative, true, null, null);
        SignIn.out();
        registrations.register(initiative, RegistrationSettingsTest.answers("opened." + UUID.randomUUID() + "@example.org"),
                "10.14.3.2");
        assertThat(jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class,
                initiative)).isOne();
    }
}
