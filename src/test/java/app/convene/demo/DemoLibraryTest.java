package app.convene.demo;

import app.convene.support.LibraryIndexing;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.library.LibrarySearch;
import app.convene.library.LibraryTag;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceDetails;
import app.convene.library.ResourceService;
import app.convene.library.ResourceVisibility;
import app.convene.library.VersionItem;
import app.convene.library.internal.LibraryIndexer;
import app.convene.search.SearchResult;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo library: tags of the framework, real PDF and DOCX files with versions, found by words inside them. */
@ConveneTest
class DemoLibraryTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    ResourceService resources;
    @Autowired
    LibraryTagService tags;
    @Autowired
    LibrarySearch search;
    @Autowired
    LibraryIndexer indexer;
    @Autowired
    PersonService persons;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theGoodJobsProjectsTagsAreTheEightComponentsAndTheFourLevers() {
        assertThat(tags.tags(initiative("good-jobs-equity-project")))
                .extracting(LibraryTag::group, LibraryTag::name).map(t -> t.toList().get(0) + ": " + t.toList().get(1))
                .containsExactly("component: Wages", "component: Benefits", "component: Scheduling",
                        "component: Learning and career development", "component: Safety and security",
                        "component: Voice and representation", "component: Environment and culture",
                        "component: Purpose and dignity", "lever: Procurement", "lever: HR practices", "lever: Policy",
                        "lever: Empowerment");
    }

    @Test
    void theActionPlanTemplateHasThreeVersionsByTwoPeopleOnTheirOwnDatesEachARealDocx() throws IOException {
        ResourceDetails template = system(() -> resources.get(resourceId("Action plan template")));
        assertThat(template.resource().visibility()).isEqualTo(ResourceVisibility.MEMBERS);
        assertThat(template.resource().workgroupId()).isNotNull();
        assertThat(template.tags()).extracting(LibraryTag::name)
                .containsExactly("Procurement", "HR practices", "Policy", "Empowerment");
        List<VersionItem> versions = template.versions();
        assertThat(versions).extracting(VersionItem::number).containsExactly(3, 2, 1);
        assertThat(versions).extracting(VersionItem::uploadedAt).containsExactly(
                Instant.parse("2022-11-15T14:45:00Z"), Instant.parse("2022-10-18T19:30:00Z"),
                Instant.parse("2022-09-20T15:00:00Z"));
        assertThat(jdbc.queryForList("""
                select p.display_name || ': ' || v.note from resource_version v join person p on p.id = v.uploaded_by
                where v.resource_id = ? order by v.number""", String.class, template.resource().id())).containsExactly(
                "Priya Nair: First draft from the Strategy workgroup's discussion",
                "Tomás Reyes: Added the levers of change and a measurement section",
                "Priya Nair: Added a section on expert support before the last session");
        assertThat(docxText(versions.get(2).id())).contains("1. Job quality definition").doesNotContain("4. Levers");
        assertThat(docxText(versions.get(1).id())).contains("4. Levers of change").doesNotContain("6. Support");
        assertThat(docxText(versions.get(0).id())).contains("Equity lens", "Data source", "6. Support");
    }

    @Test
    void theFrameworkExcerptAndTheSpanishSummaryAreRealPdfs() throws IOException {
        String excerpt = pdfText(latestVersion("Job quality framework: an excerpt"));
        assertThat(excerpt).contains("Voice and representation", "Purpose and dignity",
                "HR Practices – Making shifts through internal processes");
        String summary = pdfText(latestVersion("Resumen en español: Good Jobs & Equity Project"));
        assertThat(summary).contains("Propósito y dignidad", "Traducción de demostración");
        assertThat(system(() -> resources.get(resourceId("Resumen en español: Good Jobs & Equity Project")))
                .resource().language().name()).isEqualTo("ES");
        try (InputStream in = system(() -> resources.download(
                latestVersion("Resumen en español: Good Jobs & Equity Project")).content());
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void theWorkerEquityInitiativeHasPublicMembersCommitteeAndWorkgroupResources() {
        long wei = initiative("worker-equity-initiative");
        assertThat(jdbc.queryForList("select visibility || ' ' || title from resource where initiative_id = ? order by id",
                String.class, wei)).containsExactly(
                "PUBLIC Worker Equity Initiative: overview and approach",
                "MEMBERS Project milestones and timeline",
                "COMMITTEE Steering committee briefing: joint learning and research",
                "WORKGROUP Recommendations outline (working draft)");
        SignIn.out();
        assertThat(resources.list(wei, 0, 50)).extracting(i -> i.title())
                .containsExactly("Worker Equity Initiative: overview and approach");
    }

    @Test
    void afterTheIndexerRanAWordInsideTheProcurementClauseFindsItForACohortMemberOnly() {
        LibraryIndexing.catchUp(indexer, jdbc);
        long project = initiative("good-jobs-equity-project");
        long clause = resourceId("Sample procurement clause: job quality commitments");

        SignIn.as(person("caeb81b4-1a20-514c-a498-c10aa54c9237", "Priya Nair", "priya.nair@example.org"));
        SearchResult found = search.search(project, "subcontractors", Map.of(), 0, 20);
        assertThat(found.hits()).extracting(SearchResult.Hit::id).containsExactly(Long.toString(clause));
        assertThat(found.hits().getFirst().snippet().field()).isEqualTo("text");
        assertThat(found.hits().getFirst().snippet().highlighted()).contains("subcontractors");
        assertThat(search.search(project, "educacion", Map.of(), 0, 20).hits()).extracting(SearchResult.Hit::id)
                .contains(Long.toString(resourceId("Resumen en español: Good Jobs & Equity Project")));

        SignIn.out();
        assertThat(search.search(project, "subcontractors", Map.of(), 0, 20).hits()).isEmpty();
    }

    private Actor person(String subject, String name, String email) {
        return new Actor(system(() -> persons.registerKnown(subject, name, email)), name, false);
    }

    private long initiative(String slug) {
        return initiatives.findPublicBySlug(slug).orElseThrow().id();
    }

    private long resourceId(String title) {
        return jdbc.queryForObject("select id from resource where title = ?", Long.class, title);
    }

    private long latestVersion(String title) {
        return jdbc.queryForObject("select max(v.id) from resource_version v join resource r on r.id = v.resource_id"
                + " where r.title = ?", Long.class, title);
    }

    private String pdfText(long versionId) throws IOException {
        try (InputStream in = system(() -> resources.download(versionId).content());
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private String docxText(long versionId) throws IOException {
        try (InputStream in = system(() -> resources.download(versionId).content());
             XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(in))) {
            return docx.getText();
        }
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return Authorization.runAsSystem(work);
    }
}
