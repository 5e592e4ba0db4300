package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@ConveneTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    RoleService roles;
    @Autowired
    PersonService persons;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditLines() {
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isPositive();
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor_label = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void appointmentsAndRemovalsAreAuditedWithWhoWhatBeforeAndAfter() {
        long initiative = fixtures.initiativeId("equity-at-work");
        long maya = fixtures.personId("Maya Thompson");
        long priya = Authorization.runAsSystem(() -> persons.registerKnown("audit-test-priya", "Priya Nair (audit)", null));
        // A coordinator appoints people who take part in the initiative (issue 12 item 4): Priya is a stakeholder.
        Authorization.runAsSystem(() -> roles.appoint(initiative, priya, InitiativeRole.STAKEHOLDER));
        SignIn.as(new Actor(maya, "Maya Thompson", false));

        assertThat(roles.appoint(initiative, priya, InitiativeRole.COMMITTEE_MEMBER)).isTrue();
        assertThat(roles.appoint(initiative, priya, InitiativeRole.COMMITTEE_MEMBER)).as("second time").isFalse();
        long assignment = roles.list(initiative, PageRequest.of(0, 100)).stream()
                .filter(r -> r.personId() == priya && r.role() == InitiativeRole.COMMITTEE_MEMBER)
                .findFirst().orElseThrow().id();
        roles.revoke(assignment);

        var lines = jdbc.queryForList("""
                select actor_id, actor_label, action, before_state, after_state from audit_event
                where subject_type = 'initiative_role' and subject_id = ? order by id""", String.valueOf(assignment));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsEntry("actor_label", "Maya Thompson").containsEntry("action", "role.appointed")
                .containsEntry("after_state", "Priya Nair (audit) as COMMITTEE_MEMBER").containsEntry("actor_id", maya);
        assertThat(lines.get(1)).containsEntry("action", "role.revoked")
                .containsEntry("before_state", "Priya Nair (audit) as COMMITTEE_MEMBER");
    }

    @Test
    void administratorsReadTheLogNewestFirst() {
        SignIn.as(new Actor(-1L, "Administrator", true));
        var page = audit.list(PageRequest.of(0, 5));
        assertThat(page.getContent()).isNotEmpty();
        assertThat(page.getContent().get(0).at()).isAfterOrEqualTo(page.getContent().get(page.getNumberOfElements() - 1).at());
    }

    @Test
    void closingAnAccountReplacesTheNameAndEmailAsWholeWordsOnlyAndKeepsWhoDidWhatById() {
        long initiative = fixtures.initiativeId("equity-at-work");
        long odile = Authorization.runAsSystem(() -> persons.registerKnown("audit-forget-" + java.util.UUID.randomUUID(),
                "Odile Brandt", "odile.brandt@example.org"));
        // An administrator may appoint someone not yet related to the initiative.
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
        roles.appoint(initiative, odile, InitiativeRole.STAKEHOLDER);
        jdbc.update("""
                insert into audit_event (occurred_at, actor_label, action, subject_type, after_state)
                values (now(), 'Someone', 'test.unrelated', 'test', 'Odile Brandtner wrote to odile.brandt@example.organisation')""");
        SignIn.as(new Actor(odile, "Odile Brandt", false));

        persons.closeMyAccount(java.util.List.of("O. Brandt"));

        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action <> 'test.unrelated' and (actor_label ilike '%odile%'
                    or before_state ilike '%odile%' or after_state ilike '%odile%')""", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select after_state from audit_event where action = 'role.appointed' and after_state like ?",
                String.class, "Former member #" + odile + "%")).hasSize(1);
        assertThat(jdbc.queryForObject("select actor_label from audit_event where action = 'person.closed' and actor_id = ?",
                String.class, odile)).isEqualTo("Former member #" + odile);
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'test.unrelated' order by id desc limit 1", String.class))
                .as("only whole words are replaced").isEqualTo("Odile Brandtner wrote to odile.brandt@example.organisation");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor_label = 'someone else' where actor_id = ?", odile))
                .as("outside a closure the log stays append-only").hasMessageContaining("append-only");
    }
}
