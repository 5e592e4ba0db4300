package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.PageHtml;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** People and roles as a coordinator, a stakeholder and a visitor meet them (demo content, no browser). */
@ConveneTest
class RolesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SmallInitiatives small;
    @Autowired
    PersonService persons;

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    @Test
    void visitorSeesASignInLinkAndNoManagement() {
        navigate("initiatives/equity-at-work", InitiativeView.class);

        assertThat($(Anchor.class).withText("Sign in").single().getHref()).isEqualTo("/oauth2/authorization/keycloak");
        assertThat(PageHtml.hrefs(UI.getCurrent(), "People and roles")).isEmpty();
    }

    @Test
    void coordinatorSeesTheirNameAndRoleInTheHeaderAndALinkToPeopleAndRoles() {
        fixtures.signInAs("Maya Thompson");
        navigate("initiatives/equity-at-work", InitiativeView.class);

        assertThat($(Span.class).withClassName("cv-user-name").single().getText()).isEqualTo("Maya Thompson");
        assertThat($(Span.class).withClassName("cv-user-roles").single().getText()).isEqualTo("Coordinator");
        assertThat(PageHtml.hrefs(UI.getCurrent(), "People and roles")).containsExactly("initiatives/equity-at-work/roles");

        navigate("initiatives/good-jobs-equity-project", InitiativeView.class);
        assertThat($(Span.class).withClassName("cv-user-roles").exists()).as("no role in that initiative").isFalse();
    }

    @Test
    void coordinatorListsRolesAndIsToldByTheFieldWhatIsMissing() {
        fixtures.signInAs("Maya Thompson");
        RolesView view = navigate("initiatives/equity-at-work/roles", RolesView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("People and roles");
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        assertThat(view.role.getListDataView().getItems()).containsExactly(InitiativeRole.COMMITTEE_MEMBER,
                InitiativeRole.WORKGROUP_LEAD, InitiativeRole.STAKEHOLDER);

        test(view.appoint).click();

        assertThat(view.person.isInvalid()).isTrue();
        assertThat(view.person.getErrorMessage()).isEqualTo("Choose the person to appoint.");
        assertThat(view.role.isInvalid()).isTrue();
        assertThat(view.role.getErrorMessage()).isEqualTo("Choose a role.");
    }

    @Test
    void coordinatorAppointsACommitteeMember() {
        Actor stakeholder = small.withRole(fixtures.initiativeId("equity-at-work"), InitiativeRole.STAKEHOLDER, "Rosa Picker");
        fixtures.signInAs("Maya Thompson");
        RolesView view = navigate("initiatives/equity-at-work/roles", RolesView.class);
        int before = test(view.grid).size();

        assertThatThrownBy(() -> test(view.person).selectItem("Priya Nair <priya.nair@example.org>"))
                .as("a person of another initiative only is not offered").isInstanceOf(IllegalArgumentException.class);
        test(view.person).selectItem(persons.find(stakeholder.personId()).orElseThrow().label());
        test(view.role).selectItem("Steering committee member");
        test(view.appoint).click();

        assertThat(view.person.isInvalid()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from initiative_role r join person p on p.id = r.person_id
                join initiative i on i.id = r.initiative_id
                where p.id = ? and i.slug = 'equity-at-work' and r.role = 'COMMITTEE_MEMBER'""",
                Integer.class, stakeholder.personId())).isEqualTo(1);
    }

    @Test
    void movingBetweenInitiativesKeepsOneClickOneAction() {
        Actor stakeholder = small.withRole(fixtures.initiativeId("worker-equity-initiative"), InitiativeRole.STAKEHOLDER,
                "Sol Picker");
        fixtures.signInAs("Maya Thompson");
        RolesView first = navigate("initiatives/equity-at-work/roles", RolesView.class);
        RolesView second = navigate("initiatives/worker-equity-initiative/roles", RolesView.class);
        assertThat(second).as("Vaadin reuses the view between addresses of one route").isSameAs(first);
        assertThat(second.grid.getColumns()).hasSize(6);
        int before = jdbc.queryForObject("select count(*) from audit_event where action = 'role.appointed'", Integer.class);

        test(second.person).selectItem(persons.find(stakeholder.personId()).orElseThrow().label());
        test(second.role).selectItem("Steering committee member");
        test(second.appoint).click();

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'role.appointed'", Integer.class))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from initiative_role r join initiative i on i.id = r.initiative_id join person p on p.id = r.person_id
                where i.slug = 'worker-equity-initiative' and p.id = ? and r.role = 'COMMITTEE_MEMBER'""",
                Integer.class, stakeholder.personId())).isEqualTo(1);
    }

    @Test
    void coordinatorCreatesAWorkgroupFromTheInitiativePage() {
        fixtures.signInAs("Maya Thompson");
        navigate("initiatives/worker-equity-initiative", InitiativeView.class);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withCaption("Name").exists())
                .as("the form is built when asked for (decision 66)").isFalse();
        test($(com.vaadin.flow.component.button.Button.class).withText("New workgroup").single()).click();
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("New workgroup").exists())
                .as("the form takes the button's place").isFalse();
        com.vaadin.flow.component.textfield.TextField name = $(com.vaadin.flow.component.textfield.TextField.class)
                .withCaption("Name").single();
        test(name).setValue("Data working group");
        test($(com.vaadin.flow.component.button.Button.class).withText("Create workgroup").single()).click();

        assertThat(jdbc.queryForObject("""
                select count(*) from workgroup w join initiative i on i.id = w.initiative_id
                where i.slug = 'worker-equity-initiative' and w.name = 'Data working group'""", Integer.class)).isEqualTo(1);
        assertThat($(H1.class).single().getText()).isEqualTo("Data working group");
    }

    @Test
    void stakeholderWhoOpensPeopleAndRolesIsToldItIsNotForThem() {
        fixtures.signInAs("Jordan Ellis");
        navigate("initiatives/equity-at-work", InitiativeView.class);
        assertThat($(com.vaadin.flow.component.button.Button.class).withText("New workgroup").exists())
                .as("only coordinators start workgroups").isFalse();
        assertThat($(Span.class).withClassName("cv-user-roles").single().getText()).isEqualTo("Stakeholder");
        assertThat(PageHtml.hrefs(UI.getCurrent(), "People and roles")).isEmpty();

        navigate("initiatives/equity-at-work/roles", AccessDeniedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
    }
}
