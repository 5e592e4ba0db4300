package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeLifecycle;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.stakeholders.RegistrationConfirmations.LinkState;
import app.convene.support.ConveneTest;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14 polish: the public registers only in a published initiative. A draft (still being prepared) and an
 * archived one (read-only) refuse it in the service, whatever page the form came from, and a repeat
 * registration's link applies nothing once its initiative is no longer published. Coordinators still import
 * their list into a draft; an archived initiative refuses the import.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=partners")
class RegistrationOnlyWhenPublishedTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationSettingsService settings;
    @Autowired
    RegistrationConfirmations confirmations;
    @Autowired
    StakeholderImportService imports;
    @Autowired
    InitiativeLifecycle lifecycle;
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

    private int registrationsOf(long initiativeId) {
        return jdbc.queryForObject("select count(*) from registration where initiative_id = ?", Integer.class, initiativeId);
    }

    private static void asSystem(Runnable work) {
        Authorization.runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    private static String email(String who) {
        return who + "." + UUID.randomUUID() + "@example.org";
    }

    private static String address() {
        return "10.14.9." + UUID.randomUUID().hashCode();
    }

    @Test
    void aDraftRefusesPublicRegistrationAndStoresNothing() {
        asSystem(() -> lifecycle.unpublish(initiative));

        assertThat(settings.isOpen(initiative)).isFalse();
        assertThatThrownBy(() -> registrations.register(initiative,
                RegistrationSettingsTest.answers(email("draft")), address())).isInstanceOf(RegistrationClosedException.class);
        assertThat(registrationsOf(initiative)).isZero();
    }

    @Test
    void anArchivedInitiativeRefusesPublicRegistrationAndStoresNothing() {
        asSystem(() -> lifecycle.archive(initiative));

        assertThat(settings.isOpen(initiative)).isFalse();
        assertThatThrownBy(() -> registrations.register(initiative,
                RegistrationSettingsTest.answers(email("archived")), address())).isInstanceOf(RegistrationClosedException.class);
        assertThat(registrationsOf(initiative)).isZero();
    }

    @Test
    void aRepeatRegistrationsLinkAppliesNothingOnceTheInitiativeIsNoLongerPublished() {
        String mailbox = email("repeat");
        registrations.register(initiative, RegistrationSettingsTest.answers(mailbox), address());
        registrations.register(initiative, new NewRegistration("Ana María López", mailbox, null, "Westside Works", null,
                Sector.WORKER_CENTER, null, null, null, null, java.util.Set.of(), true, Demographics.NONE), address());
        String token = Mailbox.confirmationToken(mailbox);
        assertThat(confirmations.check(token).state()).isEqualTo(LinkState.VALID);

        asSystem(() -> lifecycle.unpublish(initiative));

        assertThat(confirmations.check(token).state()).isEqualTo(LinkState.CLOSED);
        assertThat(confirmations.confirm(token).state()).isEqualTo(LinkState.CLOSED);
        assertThat(jdbc.queryForObject("select name from registration where initiative_id = ?", String.class, initiative))
                .as("the kept answers were not applied").isEqualTo("Ana López");

        asSystem(() -> lifecycle.publish(initiative));
        assertThat(confirmations.confirm(token).state()).as("the link was not used up").isEqualTo(LinkState.VALID);
        assertThat(jdbc.queryForObject("select name from registration where initiative_id = ?", String.class, initiative))
                .isEqualTo("Ana María López");
    }

    @Test
    void coordinatorsImportIntoADraftButNotIntoAnArchivedInitiative() {
        asSystem(() -> lifecycle.unpublish(initiative));
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Import Coordinator"));
        byte[] file = ("name,email,sector\r\nImported Person," + email("imported") + ",Other\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(imports.commit(initiative, imports.preview(initiative, file)).created()).isEqualTo(1);
        assertThat(registrationsOf(initiative)).isEqualTo(1);

        SignIn.out();
        asSystem(() -> lifecycle.archive(initiative));
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Late Coordinator"));
        byte[] another = ("name,email,sector\r\nToo Late," + email("late") + ",Other\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.commit(initiative, imports.preview(initiative, another)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registrationsOf(initiative)).isEqualTo(1);
    }
}
