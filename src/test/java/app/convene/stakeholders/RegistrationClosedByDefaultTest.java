package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;

import app.convene.security.InitiativeRole;
import app.convene.shared.SiteSettings;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A site whose administrators keep public registration closed by default: an initiative whose coordinators
 * never chose is closed, read from the site settings each time, until they open it.
 */
@ConveneTest
class RegistrationClosedByDefaultTest {

    @MockitoSpyBean
    SiteSettings site;
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
    }

    @Test
    void withTheSiteClosedByDefaultANewInitiativeRefusesRegistrationsUntilItsCoordinatorsOpenIt() {
        long initiative = small.initiative();
        doReturn(false).when(site).registrationOpenByDefault();

        assertThat(settings.settings(initiative).open()).isFalse();
        assertThatThrownBy(() -> registrations.register(initiative,
                RegistrationSettingsTest.answers("default." + UUID.randomUUID() + "@example.org"), "10.14.3.1"))
                .isInstanceOf(RegistrationClosedException.class);

        doReturn(true).when(site).registrationOpenByDefault();
        assertThat(settings.isOpen(initiative)).as("the site's default is read each time").isTrue();

        doReturn(false).when(site).registrationOpenByDefault();
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Opening Coordinator"));
        settings.save(initiative, true, null, null);
        SignIn.out();
        registrations.register(initiative, RegistrationSettingsTest.answers("opened." + UUID.randomUUID() + "@example.org"),
                "10.14.3.2");
        assertThat(jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class,
                initiative)).isOne();
    }
}
