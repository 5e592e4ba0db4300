package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 14: an administrator appoints a new initiative's first coordinator by email, against the real Keycloak. */
@ConveneTest
@TestPropertySource(properties = "convene.keycloak.embedded=auto")
class FirstCoordinatorsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FirstCoordinators firstCoordinators;
    @Autowired
    SmallInitiatives small;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void nobodySignedIn() {
        SignIn.out();
    }

    @Test
    void aPersonNotYetKnownGetsAnAccountOneMailAndTheRoleAuditedAsTheAdministrator() {
        long initiative = small.initiative();
        String email = "first." + UUID.randomUUID() + "@example.org";
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));

        FirstCoordinators.Outcome outcome = firstCoordinators.appointByEmail(initiative, "Rosa Nueva", " " + email + " ");

        assertThat(outcome.accountCreated()).isTrue();
        assertThat(outcome.appointed()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from initiative_role where initiative_id = ? and person_id = ?"
                + " and role = 'COORDINATOR'", Integer.class, initiative, outcome.personId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, outcome.personId()))
                .isEqualTo(email);
        assertThat(jdbc.queryForObject("select actor_label from audit_event where action = 'role.appointed'"
                + " and initiative_id = ? order by id desc limit 1", String.class, initiative)).isEqualTo("Alex Rivera");
        assertThat(Mailbox.to(email)).as("one mail: verify the email and set a password").hasSize(1);

        FirstCoordinators.Outcome again = firstCoordinators.appointByEmail(initiative, "Rosa Nueva", email.toUpperCase());
        assertThat(again.accountCreated()).isFalse();
        assertThat(again.appointed()).as("already a coordinator: nothing changes").isFalse();
        assertThat(again.personId()).isEqualTo(outcome.personId());
        assertThat(Mailbox.to(email)).hasSize(1);
    }

    @Test
    void aCoordinatorMayNotAppointCoordinatorsByEmail() {
        long initiative = small.initiative();
        Actor coordinator = small.person("Coordinator");
        SignIn.as(coordinator);
        assertThatThrownBy(() -> firstCoordinators.appointByEmail(initiative, "Someone", "someone@example.org"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
