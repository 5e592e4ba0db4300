package app.convene.workgroups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A lead who is no coordinator makes a member co-lead from the members tab, in their own name. */
@ConveneTest
// Appoints a new person as a lead in a demo initiative: the workgroups database, as the service tests.
@TestPropertySource(properties = "convene.test.database=workgroups")
class CoLeadViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    RoleService roles;
    @Autowired
    PersonService persons;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aLeadMakesAMemberCoLead() {
        long atlanta = fixtures.initiativeId("equity-at-work");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Actor lead = person("View Lead " + suffix);
        Actor member = person("View Member " + suffix);
        long workgroup = Authorization.runAsSystem(() -> {
            roles.appoint(atlanta, lead.personId(), InitiativeRole.STAKEHOLDER);
            roles.appoint(atlanta, member.personId(), InitiativeRole.STAKEHOLDER);
            long id = workgroups.create(atlanta, null, "Co-lead group " + suffix, null, null, false);
            workgroups.setLead(id, lead.personId());
            workgroups.addMember(id, member.personId());
            return id;
        });
        SignIn.as(lead);
        WorkgroupView page = navigate("workgroups/" + workgroup, WorkgroupView.class);
        test(page.tabs).select("Members");
        roundTrip();
        var grid = test(page.membersPanel.grid);
        int row = grid.getCellText(0, 0).equals(member.name()) ? 0 : 1;
        Component actions = grid.getCellComponent(row, 4);
        Button coLead = $(Button.class, actions).withText("Make co-lead").single();
        test(coLead).click();

        assertThat(jdbc.queryForObject("select role from workgroup_member where workgroup_id = ? and person_id = ?",
                String.class, workgroup, member.personId())).isEqualTo("LEAD");
        assertThat(jdbc.queryForList("select role from initiative_role where person_id = ?", String.class,
                member.personId())).containsExactlyInAnyOrder("STAKEHOLDER", "WORKGROUP_LEAD");
    }

    private Actor person(String name) {
        return new Actor(Authorization.runAsSystem(() -> persons.registerKnown("colead-" + UUID.randomUUID(), name, null)),
                name, false);
    }
}
