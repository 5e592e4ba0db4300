package app.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The demo's PDF and DOCX files: real files, written once per JVM and handed out as copies (decision 84). */
class DemoDocumentsTest {

    static final String TEXT = """
            # Job quality
            A paragraph about wages.
            - a list item
            | Measure | Target |
            | Median wage | 25 |""";

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Writes the file under both names: the same bytes, each call its own array; returns the second. */
    private static byte[] writtenTwiceAlike(String firstName, String secondName, String title) throws Exception {
        byte[] first = DemoDocuments.file(firstName, title, "en", TEXT);
        byte[] second = DemoDocuments.file(secondName, title, "en", TEXT);
        assertThat(sha256(second)).isEqualTo(sha256(first));
        assertThat(second).isNotSameAs(first);
        return second;
    }

    @Test
    void aPdfIsWrittenOnceAndEachCallerGetsItsOwnCopy() throws Exception {
        // PDFBox gives every saved document an identifier of its own: equal bytes are the file written once.
        byte[] second = writtenTwiceAlike("framework.PDF", "framework.pdf", "Framework");
        String written = sha256(second);
        second[0] = 0;
        assertThat(sha256(DemoDocuments.file("framework.pdf", "Framework", "en", TEXT))).isEqualTo(written);
        second = DemoDocuments.file("framework.pdf", "Framework", "en", TEXT);
        try (PDDocument pdf = Loader.loadPDF(second)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Framework");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Job quality", "A paragraph about wages.",
                    "Median wage");
        }
        assertThat(sha256(DemoDocuments.file("framework.pdf", "Framework", "es", TEXT))).as("another language")
                .isNotEqualTo(sha256(second));
    }

    @Test
    void aDocxHasItsTextAndTableAndEachCallerItsOwnCopy() throws Exception {
        // (POI's bytes change only once a second: equal bytes here do not show the memo; the PDF test does.)
        byte[] written = writtenTwiceAlike("notes.docx", "notes.docx", "Notes");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(written));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Notes");
            assertThat(docx.getTables()).hasSize(1);
            assertThat(text.getText()).contains("Job quality", "a list item", "Median wage");
        }
    }
}
