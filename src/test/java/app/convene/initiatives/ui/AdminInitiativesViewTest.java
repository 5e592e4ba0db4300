package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.security.Actor;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.shared.ui.AccessDeniedView;
import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.GridLinkCells;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14: the administrators' initiatives pages, and a draft's page, without a browser. */
@ConveneTest
class AdminInitiativesViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    SmallInitiatives small;
    @Autowired
    PersonService persons;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void signInAsAdministrator() {
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
    }

    @Test
    void theHeaderLinksAdministratorsToTheirPagesAndCoordinatorsAreRefused() {
        signInAsAdministrator();
        navigate("", HomeView.class);
        assertThat($(Anchor.class).id("admin-initiatives-link").getHref()).isEqualTo("admin/initiatives");
        assertThat($(Anchor.class).id("admin-settings-link").getHref()).isEqualTo("admin/settings");

        fixtures.signInAs("Maya Thompson");
        navigate("admin/initiatives", AccessDeniedView.class);
        assertThat($(Anchor.class).withId("admin-initiatives-link").exists()).isFalse();
    }

    @Test
    void anAdministratorCreatesADraftToldByTheFieldWhatIsWrongWithoutLosingWhatWasTyped() {
        signInAsAdministrator();
        AdminInitiativesView view = navigate("admin/initiatives", AdminInitiativesView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        var first = test(view.grid).getRow(0);
        assertThat(GridLinkCells.link(view.grid, 0, first)).as("each name links to its initiative's settings")
                .isEqualTo(new GridLinkCells.Link("admin/initiatives/" + first.slug(), first.name()));
        NewInitiativeForm form = view.form;

        test(form.create).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the initiative's name.");

        test(form.name).setValue("Equity at Work");
        assertThat(form.slug.getValue()).as("suggested from the name").isEqualTo("equity-at-work");
        test(form.region).setValue("Inland Empire, CA");
        test(form.create).click();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.slug.isInvalid()).isTrue();
        assertThat(form.slug.getErrorMessage()).isEqualTo("Another initiative already has this address. Choose another.");
        assertThat(form.region.getValue()).as("nothing typed is lost").isEqualTo("Inland Empire, CA");

        test(form.slug).setValue("Inland Table!");
        test(form.create).click();
        assertThat(form.slug.getErrorMessage()).startsWith("Use only lower-case letters and digits");

        String slug = "inland-" + UUID.randomUUID().toString().substring(0, 8);
        test(form.slug).setValue(slug);
        test(form.name).setValue("Inland Empire Good Jobs Table");
        assertThat(form.slug.getValue()).as("an address typed by hand stays").isEqualTo(slug);
        test(form.timeZone).selectItem("America/New_York");
        test(form.original).selectItem("Español");
        test(form.create).click();

        AdminInitiativeView page = $(AdminInitiativeView.class).single();
        assertThat($(H1.class).single().getText()).isEqualTo("Inland Empire Good Jobs Table");
        assertThat(page.status.getText()).isEqualTo("Status: Draft");
        assertThat($(Div.class).id("initiative-status-banner").getElement().getTextRecursively()).contains("Draft — only members see this page.");
        assertThat(jdbc.queryForMap("select status, time_zone, languages from initiative where slug = ?", slug))
                .containsEntry("status", "DRAFT").containsEntry("time_zone", "America/New_York")
                .containsEntry("languages", "es,en");

        test(page.publish).click();
        assertThat(page.status.getText()).isEqualTo("Status: Published");
        assertThat(page.publish.isVisible()).isFalse();
        test(page.archive).click();
        assertThat(page.status.getText()).isEqualTo("Status: Archived");
        assertThat($(Div.class).id("initiative-status-banner").getElement().getTextRecursively()).contains("Archived: read-only.");
        assertThat(page.coordinators.invite.isAttached()).as("no appointing in a read-only initiative").isFalse();
        test(page.restore).click();
        assertThat(page.status.getText()).isEqualTo("Status: Draft");
    }

    @Test
    void anAdministratorAppointsAKnownPersonAsFirstCoordinatorWhoThenPublishesFromTheBanner() {
        long id = small.initiative();
        String slug = initiatives.findById(id).orElseThrow().slug();
        Actor coordinator = small.withRole(id, InitiativeRole.STAKEHOLDER, "First Coordinator");
        String email = persons.find(coordinator.personId()).orElseThrow().email();
        signInAsAdministrator();
        AdminInitiativeView page = navigate("admin/initiatives/" + slug, AdminInitiativeView.class);
        test(page.unpublish).click();
        CoordinatorsForm form = page.coordinators;

        test(form.appoint).click();
        assertThat(form.person.getErrorMessage()).isEqualTo("Choose the person to appoint.");
        test(form.person).selectItem(persons.find(coordinator.personId()).orElseThrow().label());
        test(form.appoint).click();

        assertThat(form.list.getElement().getTextRecursively()).contains(coordinator.name());
        assertThat(jdbc.queryForObject("select count(*) from initiative_role where initiative_id = ? and person_id = ?"
                + " and role = 'COORDINATOR'", Integer.class, id, coordinator.personId())).isEqualTo(1);
        assertThat(email).isNotBlank();

        SignIn.out();
        navigate("initiatives/" + slug, NotFoundView.class);
        navigate("initiatives/" + slug + "/timeline", NotFoundView.class);
        navigate("initiatives/" + slug + "/join", NotFoundView.class);

        SignIn.as(coordinator);
        navigate("initiatives/" + slug, InitiativeView.class);
        assertThat($(Div.class).id("initiative-status-banner").getElement().getTextRecursively()).contains("Draft — only members see this page.");
        test($(Button.class).id("initiative-banner-publish")).click();
        assertThat($(Div.class).withId("initiative-status-banner").exists()).isFalse();
        SignIn.out();
        navigate("initiatives/" + slug, InitiativeView.class);
    }

    @Test
    void theByEmailFormSaysByTheFieldWhatIsMissing() {
        long id = small.initiative();
        String slug = initiatives.findById(id).orElseThrow().slug();
        signInAsAdministrator();
        AdminInitiativeView page = navigate("admin/initiatives/" + slug, AdminInitiativeView.class);

        test(page.coordinators.invite).click();
        assertThat(page.coordinators.name.getErrorMessage()).isEqualTo("Enter the person's name.");
        test(page.coordinators.name).setValue("Rosa Nueva");
        test(page.coordinators.email).setValue("not-an-email");
        test(page.coordinators.invite).click();
        assertThat(page.coordinators.email.getErrorMessage()).startsWith("Enter a valid email address");
        assertThat(page.coordinators.name.getValue()).isEqualTo("Rosa Nueva");
    }
}
