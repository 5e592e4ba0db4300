package app.convene.library.ui;

import app.convene.support.PageHtml;
import app.convene.support.LibraryIndexing;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.LibraryFixture;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceDraft;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceService;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.library.internal.LibraryIndexer;
import app.convene.security.Actor;
import app.convene.shared.ui.InitiativeContext;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, the library's search page without a browser: the query and filters in the address, ranked hits with
 * labels, topics and a marked snippet naming its version and page, facet counts by human names, pages of 20, the
 * messages, and visibility (a stakeholder never meets a committee-only title, count or snippet). Also the failed
 * extraction's reason on the resource page and the latest resources on the initiative's page.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-search-view",
        "convene.library.files=target/test-library-search-view-files"})
class LibrarySearchViewTest extends SpringBrowserlessTest {

    static final String SLUG = "worker-equity-initiative";

    @Autowired
    ResourceService resources;
    @Autowired
    LibraryTagService tags;
    @Autowired
    LibraryIndexer indexer;
    @Autowired
    LibrarySection section;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    Actor coordinator;
    Actor stakeholder;
    String word;
    String secret;
    String workgroupName;
    long report;

    @BeforeEach
    void resources() {
        initiative = fixtures.initiativeId(SLUG);
        coordinator = new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false);
        stakeholder = stakeholder();
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        word = "zw" + unique;
        secret = "zs" + unique;
        workgroupName = "Procurement circle " + unique;
        long workgroup = jdbc.queryForObject("insert into workgroup (initiative_id, name) values (?, ?) returning id",
                Long.class, initiative, workgroupName);
        SignIn.as(coordinator);
        long wages = tags.add(initiative, "Wages " + unique, "component");
        long toolkit = resources.addLink(initiative, new ResourceDraft("Wage toolkit " + word, "How to compare "
                + word + " wages", ResourceType.TOOL, ResourceLanguage.EN, ResourceVisibility.PUBLIC, null,
                "https://example.org/wages"));
        resources.setTags(toolkit, List.of(wages));
        report = resources.addFile(initiative, new ResourceDraft("Field report", "Visits to employers",
                ResourceType.REPORT, ResourceLanguage.EN, ResourceVisibility.PUBLIC, workgroup, null),
                "report.pdf", new ByteArrayInputStream(LibraryFixture.pdf("Employers said " + word + " <b>matters</b> to them")),
                "First visits");
        resources.addFile(initiative, new ResourceDraft("Committee budget " + unique, null, ResourceType.DATA,
                ResourceLanguage.ES, ResourceVisibility.COMMITTEE, null, null), "budget.txt",
                text("Confidential " + word + " figures " + secret), "Draft");
        LibraryIndexing.catchUp(indexer, jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aQueryInTheAddressShowsRankedHitsWithLabelsTopicsAndAMarkedSnippetFromItsVersionAndPage() {
        SignIn.as(stakeholder);
        LibraryView page = open(LibraryAddresses.library(SLUG) + "?q=" + word);
        assertThat(page.box.getValue()).isEqualTo(word);
        assertThat(page.results.range.getText()).isEqualTo("Results 1–2 of 2");
        assertThat(titles(page)).containsExactlyInAnyOrder("Wage toolkit " + word, "Field report");
        assertThat(page.grid.isAttached()).as("the results replace the list").isFalse();

        ListItem toolkit = hit(page, "Wage toolkit " + word);
        assertThat(toolkit.getElement().getTextRecursively()).contains("Tool · English", "Topics: Wages ");
        ListItem found = hit(page, "Field report");
        assertThat(found.getElement().getTextRecursively()).contains("Report · English", "From version 1, page 1");
        Element snippet = found.getChildren().map(Component::getElement)
                .filter(e -> e.getClassList().contains("cv-snippet")).findFirst().orElseThrow();
        List<Element> marks = snippet.getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("mark"))
                .toList();
        assertThat(marks).extracting(Element::getText).containsExactly(word);
        assertThat(snippet.getTextRecursively()).contains("Employers said", "<b>matters</b>");
        assertThat(snippet.getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("b"))).as("never markup from the index")
                .isEmpty();
        Anchor link = found.getChildren().flatMap(Component::getChildren).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("library/" + report);
    }

    @Test
    void aStakeholderNeverSeesACommitteeTitleCountOrSnippetWhileTheCommitteeDoes() {
        SignIn.as(stakeholder);
        LibraryView page = open(LibraryAddresses.library(SLUG) + "?q=" + word);
        String everything = page.results.getElement().getTextRecursively();
        assertThat(everything).doesNotContain("Committee budget", "Confidential", secret, "Data (", "Spanish (");
        assertThat(facet(page, "type")).containsExactlyInAnyOrder("Tool (1)", "Report (1)");
        page = open(LibraryAddresses.library(SLUG) + "?q=" + secret);
        assertThat(page.results.range.getText()).isEqualTo("No resources match “" + secret + "”.");
        assertThat(page.results.hits.isAttached()).isFalse();

        SignIn.as(coordinator);
        page = open(LibraryAddresses.library(SLUG) + "?q=" + word);
        assertThat(page.results.range.getText()).isEqualTo("Results 1–3 of 3");
        assertThat(titles(page)).anyMatch(t -> t.startsWith("Committee budget"));
        assertThat(facet(page, "type")).contains("Data (1)");
        assertThat(facet(page, "language")).containsExactlyInAnyOrder("English (2)", "Spanish (1)");
    }

    @Test
    void filtersShowHumanNamesWithCountsComeFromTheAddressAndAreRemovable() {
        SignIn.as(stakeholder);
        LibraryView page = open(LibraryAddresses.library(SLUG) + "?q=" + word);
        assertThat(facet(page, "workgroup")).containsExactly(workgroupName + " (1)");
        Anchor report = $(Anchor.class).all().stream().filter(a -> a.getText().equals("Report (1)")).findFirst()
                .orElseThrow();
        assertThat(report.getHref()).isEqualTo(LibraryAddresses.library(SLUG) + "?q=" + word + "&type=REPORT");

        page = open(report.getHref());
        assertThat(titles(page)).containsExactly("Field report");
        assertThat(facet(page, "type")).containsExactly("Report (1), chosen");
        Anchor remove = $(Anchor.class).all().stream().filter(a -> a.getText().startsWith("Remove filter"))
                .findFirst().orElseThrow();
        assertThat(remove.getText()).isEqualTo("Remove filter Type: Report");
        assertThat(remove.getHref()).isEqualTo(LibraryAddresses.library(SLUG) + "?q=" + word);

        page = open(LibraryAddresses.library(SLUG) + "?q=" + word + "&type=DATA");
        assertThat(page.results.range.getText()).isEqualTo("No resources match “" + word + "”.");
        assertThat(page.results.getElement().getTextRecursively())
                .contains("Remove a filter to search more of the library.", "Remove filter Type: Data");
    }

    @Test
    void resultsComeInPagesOfTwentyWithPreviousAndNext() {
        String many = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SignIn.as(coordinator);
        for (int i = 1; i <= 23; i++) {
            resources.addLink(initiative, new ResourceDraft("Guide " + i, "A " + many + " guide", ResourceType.TOOL,
                    ResourceLanguage.EN, ResourceVisibility.PUBLIC, null, "https://example.org/" + i));
        }
        LibraryIndexing.catchUp(indexer, jdbc);
        SignIn.as(stakeholder);
        LibraryView page = open(LibraryAddresses.library(SLUG) + "?q=" + many);
        assertThat(page.results.range.getText()).isEqualTo("Results 1–20 of 23");
        assertThat(titles(page)).hasSize(20);
        assertThat($(Anchor.class).all().stream().noneMatch(a -> "library-previous".equals(a.getId().orElse(null))))
                .isTrue();
        Anchor next = $(Anchor.class).id("library-next");
        assertThat(next.getHref()).endsWith("?q=" + many + "&page=2");

        page = open(next.getHref());
        assertThat(page.results.range.getText()).isEqualTo("Results 21–23 of 23");
        assertThat(titles(page)).hasSize(3);
        assertThat($(Anchor.class).id("library-previous").getHref()).endsWith("?q=" + many);
        assertThat($(Anchor.class).all().stream().noneMatch(a -> "library-next".equals(a.getId().orElse(null))))
                .isTrue();
    }

    @Test
    void anEmptyBoxSaysSoAndKeepsTheListAndTheButtonPutsTheQueryInTheAddress() {
        SignIn.as(stakeholder);
        LibraryView page = open(LibraryAddresses.library(SLUG) + "?q=");
        assertThat(page.results).isNull();
        assertThat(page.emptyBox.isVisible()).isTrue();
        assertThat(page.emptyBox.getText()).startsWith("Type one or more words");
        assertThat(page.grid.isAttached()).isTrue();

        page = open(LibraryAddresses.library(SLUG));
        assertThat(page.emptyBox.isVisible()).isFalse();
        assertThat(page.grid.isAttached()).isTrue();

        test(page.box).setValue("  " + word + "  ");
        test($(com.vaadin.flow.component.button.Button.class).id("library-search-button")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(LibraryAddresses.library(SLUG) + "?q=" + word);
        LibraryView shown = (LibraryView) getCurrentView();
        assertThat(shown.results.range.getText()).isEqualTo("Results 1–2 of 2");
    }

    @Test
    void aVersionWhoseTextCouldNotBeReadNamesTheReason() {
        SignIn.as(coordinator);
        long broken = resources.addFile(initiative, new ResourceDraft("Broken scan", null, ResourceType.REPORT,
                ResourceLanguage.EN, ResourceVisibility.PUBLIC, null, null), "scan.pdf",
                text("%PDF-1.7\nthis is not really a PDF " + word), "Scanned");
        LibraryIndexing.catchUp(indexer, jdbc);
        ResourceView page = navigate(LibraryAddresses.resource(broken), ResourceView.class);
        assertThat(page.versions.getElement().getTextRecursively())
                .contains("Text could not be read: the file is damaged or not what its type says");
        ResourceView indexed = navigate(LibraryAddresses.resource(report), ResourceView.class);
        assertThat(indexed.versions.getElement().getTextRecursively()).contains("Text indexed");
    }

    @Test
    void theInitiativePageListsTheLatestResourcesTheReaderMaySeeOnlyWhenThereAreAny() {
        SignIn.as(stakeholder);
        navigate("initiatives/" + SLUG, Div.class);
        Section latest = $(Section.class).id("resources");
        String text = PageHtml.text(latest);
        assertThat(text).contains("Resources", "Field report", "Wage toolkit " + word).doesNotContain("Committee");
        assertThat(PageHtml.select(latest, "a#resources-library")).singleElement()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo(LibraryAddresses.library(SLUG)));

        long empty = fixtures.initiativeId("puget-sound-workforce-intermediary");
        Optional<Component> none = section.create(new InitiativeContext(empty, "puget-sound-workforce-intermediary",
                "Puget Sound"));
        assertThat(none).isEmpty();
    }

    /** The library at an address with its query: the browserless navigate takes no query, the UI's does. */
    private LibraryView open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, query),
                    QueryParameters.fromString(address.substring(query + 1)));
        }
        return (LibraryView) getCurrentView();
    }

    private List<String> titles(LibraryView page) {
        return page.results.hits.getChildren().map(hit -> hit.getChildren().findFirst().orElseThrow()
                .getElement().getTextRecursively()).toList();
    }

    private ListItem hit(LibraryView page, String title) {
        return page.results.hits.getChildren().map(ListItem.class::cast)
                .filter(hit -> hit.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()
                        .equals(title)).findFirst().orElseThrow();
    }

    /** The facet's entries as the page shows them, e.g. "Report (1)". */
    private List<String> facet(LibraryView page, String dimension) {
        return page.results.getElement().getChildren().flatMap(Element::getChildren)
                .filter(e -> ("library-facet-" + dimension).equals(e.getAttribute("id")))
                .flatMap(Element::getChildren).map(Element::getTextRecursively).toList();
    }

    private Actor stakeholder() {
        long id = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, 'Sia Searcher', ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), "sia." + UUID.randomUUID() + "@example.org");
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                initiative, id);
        return new Actor(id, "Sia Searcher", false);
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
