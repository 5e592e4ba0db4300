package app.convene.workgroups;

import static app.convene.support.Requests.newRequestOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.WorkgroupRoles;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 81: a workgroup page's facts are kept while the database is unchanged, the charter still shown only to
 * those who may read the workgroup, and each reader's own role is theirs alone.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class WorkgroupPagesSharedTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void factsAreKeptUntilACommitWhileTheCharterAndTheRoleStayEachReadersOwn() {
        long initiative = fixtures.initiativeId("equity-at-work");
        long workgroup = jdbc.queryForObject("""
                insert into workgroup (initiative_id, name, charter) values (?, ?, 'Our charter') returning id""",
                Long.class, initiative, "Procurement " + UUID.randomUUID());
        Actor member = person(initiative, workgroup, "LEAD");
        Actor outsider = person(initiative, null, null);

        WorkgroupDetails seen = as(member, workgroup);
        assertThat(seen.myRole()).isEqualTo(WorkgroupRoles.Role.LEAD);
        assertThat(seen.charter()).isEqualTo("Our charter");
        assertThat(seen.members()).isEqualTo(1);
        WorkgroupDetails outside = as(outsider, workgroup);
        assertThat(outside.myRole()).as("the lead's role is not the outsider's").isNull();
        assertThat(outside.charter()).as("the kept facts, without the charter").isNull();
        assertThat(as(null, workgroup).charter()).as("a visitor").isNull();

        Actor newcomer = person(initiative, null, null); // made before the change below: a commit
        as(member, workgroup);
        SilentChanges.update(transactions, jdbc, "update workgroup set name = 'RENAMED' where id = ?", workgroup);
        assertThat(as(member, workgroup).name()).as("the kept facts").startsWith("Procurement ");
        assertThat(as(member, workgroup).charter()).isEqualTo("Our charter");
        WorkgroupDetails outsiderAgain = as(outsider, workgroup);
        assertThat(outsiderAgain.name()).as("the same kept facts for another reader").startsWith("Procurement ");
        assertThat(outsiderAgain.charter()).isNull();
        assertThat(as(newcomer, workgroup).name()).as("and for one who never read")
                .startsWith("Procurement ");

        jdbc.update("insert into workgroup_member (workgroup_id, person_id, role) values (?, ?, 'MEMBER')", workgroup,
                outsider.personId()); // a commit of content
        WorkgroupDetails joined = as(outsider, workgroup);
        assertThat(joined.name()).isEqualTo("RENAMED");
        assertThat(joined.myRole()).isEqualTo(WorkgroupRoles.Role.MEMBER);
        assertThat(joined.charter()).isEqualTo("Our charter");
        assertThat(joined.members()).isEqualTo(2);
        assertThat(as(member, workgroup).myRole()).isEqualTo(WorkgroupRoles.Role.LEAD);
    }

    /** The page's details as the reader sees them (null: a visitor), in a request of its own. */
    private WorkgroupDetails as(Actor reader, long workgroup) {
        newRequestOf(reader);
        return workgroups.details(workgroup);
    }

    /** A new person of the initiative; with a workgroup, its LEAD or MEMBER. */
    private Actor person(long initiative, Long workgroup, String role) {
        Actor actor = fixtures.newPerson(initiative, "Person " + UUID.randomUUID(),
                "LEAD".equals(role) ? "WORKGROUP_LEAD" : "STAKEHOLDER");
        if (workgroup != null) {
            jdbc.update("insert into workgroup_member (workgroup_id, person_id, role) values (?, ?, ?)", workgroup,
                    actor.personId(), role);
        }
        return actor;
    }
}
