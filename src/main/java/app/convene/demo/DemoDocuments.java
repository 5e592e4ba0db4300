package app.convene.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Real PDF (PDFBox) and DOCX (POI) files for the demo library, written from a plain text: a line starting with
 * {@code "# "} is a heading, {@code "- "} a list item, {@code "| a | b |"} a table row, any other line a paragraph.
 */
final class DemoDocuments {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;

    /**
     * The files written in this JVM (decision 0084): laying the PDFs' text out with an embedded font and zipping the
     * DOCX were ~40 % of loading the demo content, which the tests do once per context (~65 times a run). The same
     * text gives the same file; soft references, so the few hundred KiB go when memory is short.
     */
    private static final Map<Written, SoftReference<byte[]>> WRITTEN = new ConcurrentHashMap<>();

    private DemoDocuments() {
    }

    /** One block of the text: its kind ('#', '-', '|' or 'p') and its text (a table row's cells split by '|'). */
    record Block(char kind, String text) {

        List<String> cells() {
            String inner = text.strip();
            inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
            return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
        }
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String l = line.strip();
            if (l.startsWith("# ")) {
                blocks.add(new Block('#', l.substring(2)));
            } else if (l.startsWith("- ")) {
                blocks.add(new Block('-', l.substring(2)));
            } else if (l.startsWith("|")) {
                blocks.add(new Block('|', l));
            } else if (!l.isEmpty()) {
                blocks.add(new Block('p', l));
            }
        }
        return blocks;
    }

    /** The file for the name's extension (.pdf or .docx); {@code language} as a BCP 47 tag, e.g. "en", "es". */
    static byte[] file(String fileName, String title, String language, String text) {
        boolean pdf = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
        Written key = new Written(pdf, title, language, text);
        SoftReference<byte[]> kept = WRITTEN.get(key);
        byte[] bytes = kept == null ? null : kept.get();
        if (bytes == null) {
            try {
                bytes = pdf ? pdf(title, language, text) : docx(title, text);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write demo file " + fileName, e);
            }
            WRITTEN.put(key, new SoftReference<>(bytes));
        }
        return bytes.clone();
    }

    /** What decides a written file's bytes. */
    private record Written(boolean pdf, String title, String language, String text) {
    }

    static byte[] pdf(String title, String language, String text) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = DemoDocuments.class.getResourceAsStream(FONT);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(document, PDType0Font.load(document, font));
            for (Block block : blocks(text)) {
                switch (block.kind()) {
                    case '#' -> writer.paragraph(block.text(), 14, 10);
                    case '-' -> writer.paragraph("•  " + block.text(), 11, 3);
                    case '|' -> writer.paragraph(String.join("  |  ", block.cells()), 10, 3);
                    default -> writer.paragraph(block.text(), 11, 6);
                }
            }
            writer.close();
            document.getDocumentInformation().setTitle(title);
            document.getDocumentCatalog().setLanguage(language);
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String title, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            XWPFTable table = null;
            for (Block block : blocks(text)) {
                if (block.kind() == '|') {
                    table = row(document, table, block.cells());
                    continue;
                }
                table = null;
                XWPFRun run = document.createParagraph().createRun();
                run.setText(block.kind() == '-' ? "•  " + block.text() : block.text());
                if (block.kind() == '#') {
                    run.setBold(true);
                    run.setFontSize(14);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Adds a row to the table being written, or starts one (its first row) when there is none. */
    private static XWPFTable row(XWPFDocument document, XWPFTable table, List<String> cells) {
        if (table == null) {
            XWPFTable created = document.createTable(1, cells.size());
            for (int i = 0; i < cells.size(); i++) {
                created.getRow(0).getCell(i).setText(cells.get(i));
            }
            return created;
        }
        var row = table.createRow();
        for (int i = 0; i < cells.size() && i < row.getTableCells().size(); i++) {
            row.getCell(i).setText(cells.get(i));
        }
        return table;
    }

    /** Writes wrapped lines top to bottom, starting a new A4 page when one is full. */
    private static final class PdfWriter {

        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void paragraph(String text, float size, float spaceBefore) throws IOException {
            y -= spaceBefore;
            for (String line : wrap(text, size)) {
                if (content == null || y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.3f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }
}
