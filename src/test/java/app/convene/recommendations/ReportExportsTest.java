package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Exported reports, read back with real PDF and DOCX libraries (PDFBox, Apache POI). */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=exports")
class ReportExportsTest {

    @Autowired
    ReportExports exports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    DecisionService decisions;
    @Autowired
    JdbcTemplate jdbc;

    long report;
    String goal;
    static final ReportExports.Texts ENGLISH = (key, args) -> new MessageFormat(
            ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString(key), Locale.ENGLISH).format(args);
    static final ReportExports.Texts SPANISH = (key, args) -> new MessageFormat(
            ResourceBundle.getBundle("i18n.messages", Locale.of("es")).getString(key), Locale.of("es")).format(args);

    Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }

    @BeforeEach
    void report() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        SignIn.as(actor("Daniel Okafor"));
        report = recommendations.createReport(wei, "Recommendations to LWDA");
        long principles = recommendations.addSection(report, "Framework of fundamental principles");
        long approved = recommendations.addRecommendation(principles, "Center workers most affected",
                "Design with **workers** most affected.\n\n- Pay stipends\n- Meet in the evening\n\n<script>alert(1)</script>").id();
        recommendations.addRecommendation(principles, "Still being drafted", "Half an idea.");
        Sources options = sources.sourceOptions(wei);
        sources.setSources(approved, java.util.Set.of(options.goals().getFirst().id()), java.util.Set.of());
        goal = options.goals().getFirst().name();
        SignIn.as(actor("Lucía Hernández"));
        recommendations.save(approved, 1, "Center workers most affected",
                "Design *with* **workers** most affected.\n\n- Pay stipends\n- Meet in the evening\n\n<script>alert(1)</script>",
                "Emphasis");
        SignIn.as(actor("Maya Thompson"));
        long round = decisions.open(approved, Instant.now().plusSeconds(3600), 1, 2, true).id();
        SignIn.as(actor("Daniel Okafor"));
        decisions.respond(round, DecisionResponse.CONSENT, null);
        SignIn.as(actor("Lucía Hernández"));
        decisions.respond(round, DecisionResponse.CONCERN, "Evening meetings exclude parents");
        SignIn.as(actor("Maya Thompson"));
        decisions.closeNow(round);
        SignIn.as(actor("Daniel Okafor"));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theApprovedDocumentHoldsOnlyApprovedRecommendationsWithTheirDecisionRecord() {
        ReportDocument approved = exports.document(report, true);
        assertThat(approved.contributors()).containsExactly("Daniel Okafor", "Lucía Hernández");
        assertThat(approved.sections()).singleElement().satisfies(s -> assertThat(s.recommendations()).singleElement()
                .satisfies(item -> {
                    assertThat(item.revisionNumber()).isEqualTo(2);
                    assertThat(item.decision().result()).isEqualTo(RecommendationStatus.APPROVED);
                    assertThat(item.decision().responses()).hasSize(2);
                }));
        assertThat(exports.document(report, false).sections().getFirst().recommendations()).hasSize(2);
    }

    @Test
    void thePdfOpensAndReadsAsTheReport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(exports.document(report, true), ENGLISH, Locale.ENGLISH, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Recommendations to LWDA");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Recommendations to LWDA", "Worker Equity", "Approved recommendations",
                    "Contributors: Daniel Okafor, Lucía Hernández", "Framework of fundamental principles",
                    "Center workers most affected", "Design with workers most affected.", "Pay stipends",
                    "<script>alert(1)</script>", "Decision: Approved on revision 2", "Evening meetings exclude parents",
                    "Comes from: " + goal);
            assertThat(text).doesNotContain("Still being drafted");
        }
    }

    @Test
    void theDocxOpensAndReadsAsTheReportInSpanish() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocx.write(exports.document(report, false), SPANISH, Locale.of("es"), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Recommendations to LWDA");
            String text = extractor.getText();
            assertThat(text).contains("Recommendations to LWDA", "Todas las recomendaciones",
                    "1. Framework of fundamental principles", "Center workers most affected", "Still being drafted",
                    "Half an idea.", "Todavía no hay decisión registrada.", "Decisión: Aprobada sobre la revisión 2",
                    "Lucía Hernández: Inquietud — Evening meetings exclude parents");
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getRuns().stream()
                    .anyMatch(r -> "workers".equals(r.text()) && r.isBold()));
        }
    }

    @Test
    void peopleWithoutARoleCannotExport() {
        SignIn.as(actor("Casey Morgan"));
        assertThatThrownBy(() -> exports.document(report, true)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> exports.document(report, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(Authorization.runAsSystem(() -> exports.document(report, false)).title()).isEqualTo("Recommendations to LWDA");
    }
}
