package app.convene.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.ResourceDraft;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceService;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.security.Actor;
import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.GridLinkCells;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 16, the library's pages without a browser: the visible list, a resource with its versions, "not found". */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-pages",
        "convene.library.files=target/test-library-pages-files"})
class LibraryPagesViewTest extends SpringBrowserlessTest {

    static final String SLUG = "worker-equity-initiative";

    @Autowired
    ResourceService resources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    Actor coordinator;
    Actor stakeholder;
    String unique;
    long publicLink;
    long committeeFile;

    @BeforeEach
    void resources() {
        long initiative = fixtures.initiativeId(SLUG);
        coordinator = new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false);
        long stakeholderId = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Sia Reader', ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), "sia." + UUID.randomUUID() + "@example.org");
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                initiative, stakeholderId);
        stakeholder = new Actor(stakeholderId, "Sia Reader", false);
        unique = UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(coordinator);
        publicLink = resources.addLink(initiative, new ResourceDraft("Wage toolkit " + unique, "How to compare wages",
                ResourceType.TOOL, ResourceLanguage.EN, ResourceVisibility.PUBLIC, null, "https://example.org/wages"));
        committeeFile = resources.addFile(initiative, new ResourceDraft("Committee budget " + unique, null,
                ResourceType.DATA, ResourceLanguage.ES, ResourceVisibility.COMMITTEE, null, null),
                "budget.txt", text("first draft"), "First draft");
        resources.addVersion(committeeFile, "budget.txt", text("second draft"), "Numbers checked");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theListShowsOnlyWhatTheReaderMaySeeWithLabelsAndLinks() {
        SignIn.as(stakeholder);
        LibraryView page = navigate("initiatives/" + SLUG + "/library", LibraryView.class);
        List<String> titles = titles(page);
        assertThat(titles).contains("Wage toolkit " + unique).doesNotContain("Committee budget " + unique);
        ResourceItem link = item(page, "Wage toolkit " + unique);
        assertThat(page.latest(link)).isEqualTo("Link");
        assertThat(LibraryAddresses.resource(link.id())).isEqualTo("library/" + publicLink);
        assertThat(GridLinkCells.link(page.grid, 0, link)).as("the title links to the resource (decision 0083)")
                .isEqualTo(new GridLinkCells.Link("library/" + publicLink, "Wage toolkit " + unique));

        SignIn.as(coordinator);
        page = navigate("initiatives/" + SLUG + "/library", LibraryView.class);
        assertThat(titles(page)).contains("Wage toolkit " + unique, "Committee budget " + unique);
        assertThat(page.latest(item(page, "Committee budget " + unique))).startsWith("Version 2 · ");
    }

    @Test
    void aResourceShowsEveryVersionWithWhoWhenNoteAndADownloadLink() {
        SignIn.as(coordinator);
        ResourceView page = navigate("library/" + committeeFile, ResourceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Committee budget " + unique);
        List<String> lines = page.versions.getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Version 2: budget.txt", "Uploaded by Maya Thompson", "Numbers checked",
                "Text not indexed yet");
        assertThat(lines.get(1)).contains("Version 1: budget.txt", "First draft");
        Anchor first = $(Anchor.class).id("version-download-1");
        long firstId = jdbc.queryForObject(
                "select id from resource_version where resource_id = ? and number = 1", Long.class, committeeFile);
        assertThat(first.getHref()).isEqualTo("library/files/" + firstId);

        ResourceView link = navigate("library/" + publicLink, ResourceView.class);
        assertThat($(Anchor.class).id("resource-link").getHref()).isEqualTo("https://example.org/wages");
        assertThat(link.versions.getChildren()).isEmpty();
    }

    @Test
    void aResourceTheReaderMayNotSeeIsNotFound() {
        SignIn.as(stakeholder);
        navigate("library/" + committeeFile, NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        SignIn.out();
        navigate("library/" + publicLink, ResourceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Wage toolkit " + unique);
        navigate("library/999999999", NotFoundView.class);
    }

    private static List<String> titles(LibraryView page) {
        return page.grid.getGenericDataView().getItems().map(ResourceItem::title).toList();
    }

    private static ResourceItem item(LibraryView page, String title) {
        return page.grid.getGenericDataView().getItems().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
