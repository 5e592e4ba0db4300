package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import app.convene.support.PdfStructure;
import app.convene.support.PdfStructure.Tagged;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The exported documents read back as assistive technology reads them: the PDF's structure tree (headings,
 * paragraphs, lists in reading order, each element's marked content holding its text), language, title,
 * marking and embedded fonts; the DOCX's heading styles and list numbering.
 */
class ReportDocumentsAccessibilityTest {

    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static ReportExports.Texts texts(Locale locale) {
        return (key, args) -> new MessageFormat(ResourceBundle.getBundle("i18n.messages", locale).getString(key), locale)
                .format(args);
    }

    static ReportDocument report() {
        String body = "Design with **workers** most affected.\n\n## Why it matters\n\n- Pay stipends\n- Meet in the evening\n\n"
                + "1. Ask first\n2. Then decide\n\n> Nothing about us without us.\n\n"
                + "Long text. ".repeat(600) + "\n\nThe last paragraph.";
        ReportDocument.Decision decision = new ReportDocument.Decision(2, RecommendationStatus.APPROVED, AT, 2, 3,
                List.of(new RoundItem.Response(1, "Daniel Okafor", DecisionResponse.CONSENT, null, false, null),
                        new RoundItem.Response(2, "Lucía Hernández", DecisionResponse.CONCERN,
                                "Evening meetings exclude parents", false, null)));
        return new ReportDocument("Worker Equity", "Recommendations to LWDA", true, AT,
                List.of("Daniel Okafor", "Lucía Hernández"),
                List.of(new ReportDocument.Section("Framework of fundamental principles", List.of(
                                new ReportDocument.Item("Center workers most affected", RecommendationStatus.APPROVED, 2,
                                        body, List.of("Lucía Hernández"), List.of(), decision))),
                        new ReportDocument.Section("Empty section", List.of())),
                ZoneId.of("UTC"));
    }

    static PDDocument pdf(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report(), texts(locale), locale, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void thePdfHasAStructureTreeInReadingOrderWhoseMarkedContentHoldsTheText() throws IOException {
        try (PDDocument pdf = pdf(Locale.ENGLISH)) {
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("structure tree").isNotNull();
            List<Tagged> tagged = PdfStructure.tagged(pdf);
            assertThat(tagged).extracting(Tagged::path, Tagged::text).containsSubsequence(
                    tuple("Document/H1", "Recommendations to LWDA"),
                    tuple("Document/P", "Worker Equity"),
                    tuple("Document/P", "Approved recommendations"),
                    tuple("Document/P", "Contributors: Daniel Okafor, Lucía Hernández"),
                    tuple("Document/Sect/H2", "1. Framework of fundamental principles"),
                    tuple("Document/Sect/Sect/H3", "Center workers most affected"),
                    tuple("Document/Sect/Sect/P", "Design with workers most affected."),
                    tuple("Document/Sect/Sect/H5", "Why it matters"),
                    tuple("Document/Sect/Sect/L/LI/Lbl", "•"),
                    tuple("Document/Sect/Sect/L/LI/LBody", "Pay stipends"),
                    tuple("Document/Sect/Sect/L/LI/LBody", "Meet in the evening"),
                    tuple("Document/Sect/Sect/L/LI/Lbl", "2."),
                    tuple("Document/Sect/Sect/L/LI/LBody", "Then decide"),
                    tuple("Document/Sect/Sect/BlockQuote", "Nothing about us without us."),
                    tuple("Document/Sect/Sect/P", "The last paragraph."),
                    tuple("Document/Sect/Sect/L/LI/LBody", "Lucía Hernández: Concern — Evening meetings exclude parents"),
                    tuple("Document/Sect/H2", "2. Empty section"),
                    tuple("Document/Sect/P", "No recommendations in this section."));
            assertThat(tagged).filteredOn(t -> t.text().startsWith("Long text.")).singleElement()
                    .satisfies(t -> assertThat(t.text()).hasSize("Long text. ".repeat(600).strip().length()));
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void everyTextOnEveryPageIsTaggedContentOrAnArtifactAndTheParentTreeFindsItsElement() throws IOException {
        try (PDDocument pdf = pdf(Locale.ENGLISH)) {
            Map<Integer, Map<Integer, String>> marked = PdfStructure.markedContent(pdf);
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = pdf.getPage(i);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String all = stripper.getText(pdf).replaceAll("\\s+", "");
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                StringBuilder tagged = new StringBuilder();
                StringBuilder artifacts = new StringBuilder();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    (COSName.ARTIFACT.getName().equals(content.getTag()) ? artifacts : tagged).append(PdfStructure.text(content));
                }
                assertThat(sorted(tagged.toString() + artifacts)).as("page %d", i + 1).isEqualTo(sorted(all));
                assertThat(artifacts.toString()).as("footer of page %d", i + 1).contains("Page " + (i + 1) + " of " + pages);
                assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
                COSArray parents = (COSArray) pdf.getDocumentCatalog().getStructureTreeRoot().getParentTree()
                        .getCOSObject().getCOSArray(COSName.NUMS).getObject(2 * page.getStructParents() + 1);
                assertThat(parents.size()).as("parent tree of page %d", i + 1).isEqualTo(marked.get(i).size());
            }
        }
    }

    @Test
    void thePdfDeclaresLanguageTitleMarkingAndPdfUaAndEmbedsItsFonts() throws IOException {
        try (PDDocument pdf = pdf(Locale.of("es"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Recommendations to LWDA");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", ">Recommendations to LWDA</rdf:li>");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Recomendaciones aprobadas", "Colaboradores: Daniel Okafor, Lucía Hernández",
                    "Decisión: Aprobada sobre la revisión 2", "Inquietud — Evening meetings exclude parents",
                    "No hay recomendaciones en esta sección.", "Página 1 de ");
            assertThat(text).doesNotContain("Approved recommendations", "Page 1", "Decision:", "Concern");
        }
    }

    @Test
    void theDocxUsesHeadingStylesAndListNumberingAndDeclaresItsLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocx.write(report(), texts(Locale.of("es")), Locale.of("es"), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Recommendations to LWDA");
            assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("es");
            assertThat(styleName(docx, "1. Framework of fundamental principles")).isEqualTo("heading 1");
            assertThat(styleName(docx, "Center workers most affected")).isEqualTo("heading 2");
            assertThat(styleName(docx, "Why it matters")).isEqualTo("heading 4");
            assertThat(docx.getStyles().getStyle(paragraph(docx, "Center workers most affected").getStyleID())
                    .getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
            assertThat(listFormat(docx, "Pay stipends")).isEqualTo(STNumberFormat.BULLET);
            assertThat(listFormat(docx, "Then decide")).isEqualTo(STNumberFormat.DECIMAL);
            assertThat(listFormat(docx, "Daniel Okafor: Consentimiento")).isEqualTo(STNumberFormat.BULLET);
            assertThat(paragraph(docx, "Pay stipends").getNumID()).isEqualTo(paragraph(docx, "Meet in the evening").getNumID());
            assertThat(docx.getParagraphs()).noneMatch(p -> p.getText().startsWith("•") || p.getText().startsWith("–"));
        }
    }

    private static String styleName(XWPFDocument docx, String text) {
        return docx.getStyles().getStyle(paragraph(docx, text).getStyleID()).getName();
    }

    private static STNumberFormat.Enum listFormat(XWPFDocument docx, String text) {
        BigInteger num = paragraph(docx, text).getNumID();
        assertThat(num).as("numbering of %s", text).isNotNull();
        return docx.getNumbering().getAbstractNum(docx.getNumbering().getAbstractNumID(num)).getAbstractNum()
                .getLvlArray(0).getNumFmt().getVal();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(text)).findFirst().orElseThrow();
    }

    private static String sorted(String text) {
        return text.replaceAll("\\s+", "").chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
