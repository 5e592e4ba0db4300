package app.convene.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.convene.search.Extraction.Failure;
import app.convene.support.TestPdfs;

/** Real files made here with PDFBox and POI, read back within the limits. */
class TextExtractorTest {

    private TextExtractor extractor = new TextExtractor(5_000_000, 100_000, Duration.ofSeconds(30), 1);

    @AfterEach
    void close() {
        extractor.close();
    }

    private Extraction extract(byte[] content, String type) {
        return extractor.extract(new ByteArrayInputStream(content), type);
    }

    @Test
    void pdfTextIsReadPageByPage() throws IOException {
        Extraction pdf = extract(pdf(null, "Job quality framework", "Wages and benefits for educación"),
                TextExtractor.PDF);

        assertThat(pdf.succeeded()).isTrue();
        assertThat(pdf.passages()).extracting(Extraction.Passage::page).containsExactly(1, 2);
        assertThat(pdf.passages().get(0).text()).contains("Job quality framework");
        assertThat(pdf.passages().get(1).text()).contains("Wages and benefits for educación");
    }

    @Test
    void wordExcelAndPowerPointTextIsRead() throws IOException {
        assertThat(text(extract(docx("Action plan template", "Step one: name the goal."), TextExtractor.DOCX)))
                .contains("Action plan template").contains("Step one: name the goal.");
        assertThat(text(extract(xlsx(), TextExtractor.XLSX))).contains("Hourly wage").contains("Region");
        assertThat(text(extract(pptx(), TextExtractor.PPTX))).contains("Procurement lever");
    }

    @Test
    void textAndMarkdownAreReadAsUtf8InPassagesOfAboutAThousandCharacters() {
        String paragraph = "La educación de los trabajadores importa. ".repeat(10);
        String text = (paragraph + "\n\n").repeat(10);

        Extraction txt = extract(text.getBytes(StandardCharsets.UTF_8), TextExtractor.TEXT);
        Extraction markdown = extract("# Principles\n\nShared power.".getBytes(StandardCharsets.UTF_8),
                TextExtractor.MARKDOWN);

        assertThat(txt.passages()).hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(p.text().length()).isBetween(400, 2000));
        assertThat(txt.passages().getFirst().text()).startsWith("La educación de los trabajadores");
        assertThat(text(markdown)).contains("# Principles").contains("Shared power.");
    }

    @Test
    void anEncryptedOrCorruptPdfGivesAReasonInsteadOfText() throws IOException {
        assertThat(extract(pdf("secret", "Hidden text"), TextExtractor.PDF).failure()).isEqualTo(Failure.ENCRYPTED);
        assertThat(extract("%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII), TextExtractor.PDF)
                .failure()).isEqualTo(Failure.CORRUPT);
        assertThat(extract(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png").failure())
                .isEqualTo(Failure.UNSUPPORTED);
    }

    @Test
    void anOfficeZipBombIsRefused() throws IOException {
        byte[] bomb = withExtraEntry(docx("Harmless", "Looks fine."), "word/media/padding.xml", 50_000_000);
        assertThat(bomb.length).isLessThan(1_000_000);

        Extraction result = extract(bomb, TextExtractor.DOCX);

        assertThat(result.failure()).isEqualTo(Failure.TOO_COMPLEX);
    }

    @Test
    void theInputSizeAndCharacterLimitsHold() throws IOException {
        extractor.close();
        extractor = new TextExtractor(2_000, 1_500, Duration.ofSeconds(30), 1);

        assertThat(extract(new byte[2_001], TextExtractor.TEXT).failure()).isEqualTo(Failure.TOO_LARGE);
        Extraction capped = extract("word ".repeat(399).getBytes(StandardCharsets.UTF_8), TextExtractor.TEXT);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.characters()).isEqualTo(1_500);
    }

    @Test
    void readingPastTheTimeLimitIsCancelled() throws IOException {
        String[] pages = new String[300];
        java.util.Arrays.fill(pages, "A page of a long report about scheduling practices and fair wages.");
        byte[] longPdf = pdf(null, pages);
        extractor.close();
        extractor = new TextExtractor(50_000_000, 10_000_000, Duration.ofMillis(5), 1);

        long started = System.nanoTime();
        Extraction late = extract(longPdf, TextExtractor.PDF);

        assertThat(late.failure()).isEqualTo(Failure.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private static String text(Extraction extraction) {
        assertThat(extraction.succeeded()).as("failure %s", extraction.failure()).isTrue();
        return String.join("\n", extraction.passages().stream().map(Extraction.Passage::text).toList());
    }

    static byte[] pdf(String password, String... pages) throws IOException {
        return TestPdfs.pdf(password, java.util.Arrays.stream(pages).map(List::of).toList());
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Data").createRow(0);
            row.createCell(0).setCellValue("Region");
            row.createCell(1).setCellValue("Hourly wage");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pptx() throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = slides.createSlide().createTextBox();
            box.setText("Procurement lever");
            slides.write(out);
            return out.toByteArray();
        }
    }

    /** The same zip plus one entry of {@code size} zero bytes, which compresses about a thousand to one. */
    private static byte[] withExtraEntry(byte[] zip, String name, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                copy.write(zeros);
            }
            copy.closeEntry();
        }
        return out.toByteArray();
    }
}
