package app.convene.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.LinkKind;
import app.convene.library.LinkTarget;
import app.convene.library.ResourceDraft;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceLinkService;
import app.convene.library.ResourceService;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.security.Actor;
import app.convene.support.PageHtml;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, part links, without a browser: the resource page's "Linked to" part with its picker for curators, and
 * the related resources the goal display and the workgroup, convening and recommendation pages show, per reader.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-pages",
        "convene.library.files=target/test-library-pages-files"})
class ResourceLinksViewTest extends SpringBrowserlessTest {

    static final String SLUG = "worker-equity-initiative";

    @Autowired
    ResourceService resources;
    @Autowired
    ResourceLinkService links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    Actor coordinator;
    Actor stakeholder;
    String unique;
    long open;
    long secret;
    long goal;
    String goalTitle;
    long workgroup;
    long publicConvening;
    long committeeConvening;
    long recommendation;

    @BeforeEach
    void resources() {
        initiative = fixtures.initiativeId(SLUG);
        coordinator = new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false);
        long stakeholderId = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Lin Reader', ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), "lin." + UUID.randomUUID() + "@example.org");
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                initiative, stakeholderId);
        stakeholder = new Actor(stakeholderId, "Lin Reader", false);
        unique = UUID.randomUUID().toString().substring(0, 8);
        goal = jdbc.queryForObject("select min(id) from strategic_goal where initiative_id = ? and not retired",
                Long.class, initiative);
        goalTitle = jdbc.queryForObject("select title from strategic_goal where id = ?", String.class, goal);
        workgroup = jdbc.queryForObject("select min(id) from workgroup where initiative_id = ?", Long.class, initiative);
        publicConvening = convening("Kickoff " + unique, "PUBLIC");
        committeeConvening = convening("Committee meeting " + unique, "COMMITTEE");
        long report = jdbc.queryForObject("insert into report (initiative_id, title) values (?, 'Report') returning id",
                Long.class, initiative);
        long section = jdbc.queryForObject(
                "insert into report_section (report_id, position, title) values (?, 1, 'Part') returning id",
                Long.class, report);
        recommendation = jdbc.queryForObject("""
                insert into recommendation (initiative_id, section_id, position, title, status)
                values (?, ?, 1, ?, 'DRAFT') returning id""", Long.class, initiative, section, "Evidence needed " + unique);
        SignIn.as(coordinator);
        open = link("Open guide " + unique, ResourceVisibility.PUBLIC);
        secret = link("Committee notes " + unique, ResourceVisibility.COMMITTEE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aCoordinatorLinksAndUnlinksFromTheResourcePage() {
        SignIn.as(coordinator);
        ResourceView page = navigate("library/" + open, ResourceView.class);
        assertThat(page.linksPanel.getElement().getTextRecursively())
                .contains("Not linked to any goal, workgroup, convening or recommendation yet.");

        test(page.linksPanel.link).click();
        assertThat(page.linksPanel.target.isInvalid()).isTrue();
        assertThat(page.linksPanel.target.getErrorMessage()).isEqualTo("Choose what to link this resource to.");

        List<LinkTarget> options = page.linksPanel.target.getListDataView().getItems().toList();
        assertThat(options).extracting(LinkTarget::name).contains(goalTitle, "Kickoff " + unique,
                "Committee meeting " + unique, "Evidence needed " + unique);
        assertThat(page.linksPanel.target.getItemLabelGenerator().apply(
                new LinkTarget(LinkKind.CONVENING, publicConvening, "Kickoff " + unique)))
                .isEqualTo("Convening (pre-work): Kickoff " + unique);
        page.linksPanel.target.setValue(new LinkTarget(LinkKind.CONVENING, publicConvening, "Kickoff " + unique));
        test(page.linksPanel.link).click();
        page.linksPanel.target.setValue(new LinkTarget(LinkKind.GOAL, goal, goalTitle));
        test(page.linksPanel.link).click();

        List<String> lines = lines(page);
        assertThat(lines).containsExactly("Goal: " + goalTitle + "Unlink", "Pre-work for: Kickoff " + unique + "Unlink");
        assertThat($(Anchor.class, page.linksPanel.list).all()).extracting(Anchor::getHref)
                .containsExactly("initiatives/" + SLUG, "convenings/" + publicConvening);
        assertThat(page.linksPanel.target.getListDataView().getItems().map(LinkTarget::name))
                .doesNotContain("Kickoff " + unique);

        Button unlink = $(Button.class).id("resource-unlink-convening-" + publicConvening);
        assertThat(unlink.getElement().getAttribute("aria-label")).isEqualTo("Unlink Kickoff " + unique);
        test(unlink).click();
        assertThat(lines(page)).containsExactly("Goal: " + goalTitle + "Unlink");
        assertThat(links.linkedTo(LinkKind.CONVENING, publicConvening)).isEmpty();
    }

    @Test
    void aReaderSeesTheLinksTheyMaySeeAndNoPicker() {
        SignIn.as(coordinator);
        links.link(open, LinkKind.GOAL, goal);
        links.link(open, LinkKind.CONVENING, committeeConvening);
        links.link(open, LinkKind.RECOMMENDATION, recommendation);

        SignIn.as(stakeholder);
        ResourceView page = navigate("library/" + open, ResourceView.class);
        assertThat(lines(page)).containsExactly("Goal: " + goalTitle, "Evidence for: Evidence needed " + unique);
        assertThat(page.linksPanel.target.isAttached()).isFalse();
        assertThat($(Button.class, page.linksPanel).all()).isEmpty();
    }

    @Test
    void theOtherPagesShowTheRelatedResourcesTheReaderMaySee() {
        SignIn.as(coordinator);
        for (long resource : List.of(open, secret)) {
            links.link(resource, LinkKind.GOAL, goal);
            links.link(resource, LinkKind.WORKGROUP, workgroup);
            links.link(resource, LinkKind.CONVENING, publicConvening);
            links.link(resource, LinkKind.RECOMMENDATION, recommendation);
        }

        SignIn.as(stakeholder);
        assertThat(related("workgroups/" + workgroup, "workgroup-" + workgroup)).contains("Resources", "Open guide " + unique)
                .doesNotContain("Committee notes");
        assertThat(related("convenings/" + publicConvening, "convening-" + publicConvening))
                .contains("Pre-work", "Open guide " + unique).doesNotContain("Committee notes");
        assertThat(related("initiatives/" + SLUG + "/recommendations/" + recommendation,
                "recommendation-" + recommendation)).contains("Evidence", "Open guide " + unique)
                .doesNotContain("Committee notes");
        assertThat(related("initiatives/" + SLUG, "goal-" + goal)).contains("Open guide " + unique)
                .doesNotContain("Committee notes");
        // On the initiative's page the goals are markup (decision 55): the links are plain links.
        assertThat(PageHtml.select(UI.getCurrent(), "#related-resources-goal-" + goal + " a"))
                .extracting(a -> a.attr("href")).contains("library/" + open).doesNotContain("library/" + secret);

        SignIn.out();
        assertThat(related("initiatives/" + SLUG, "goal-" + goal)).contains("Open guide " + unique)
                .doesNotContain("Committee notes");

        SignIn.as(coordinator);
        assertThat(related("convenings/" + publicConvening, "convening-" + publicConvening))
                .contains("Open guide " + unique, "Committee notes " + unique);
    }

    private String related(String address, String suffix) {
        UI.getCurrent().navigate(address);
        if (suffix.startsWith("goal-") || suffix.startsWith("recommendation-")) { // markup (decisions 50, 55)
            return PageHtml.select(UI.getCurrent(), "#related-resources-" + suffix).getFirst().text();
        }
        return $(Div.class).id("related-resources-" + suffix).getElement().getTextRecursively();
    }

    private List<String> lines(ResourceView page) {
        return page.linksPanel.list.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    private long link(String title, ResourceVisibility visibility) {
        return resources.addLink(initiative, new ResourceDraft(title, null, ResourceType.TOOL, ResourceLanguage.EN,
                visibility, null, "https://example.org/" + UUID.randomUUID()));
    }

    private long convening(String title, String visibility) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, now() + interval '30 days', now() + interval '30 days 2 hours', 'ONLINE', ?)
                returning id""", Long.class, initiative, title, visibility);
    }
}
