package app.convene.recommendations;

import app.convene.recommendations.ReportExports.Texts;
import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** A report document as PDF: a title page, then each section as a chapter. */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static void write(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addSubject(doc.initiative());
            pdf.addCreator("Convene");
            pdf.open();
            Font titleFont = new Font(Font.HELVETICA, 26, Font.BOLD);
            Font subtitle = new Font(Font.HELVETICA, 14, Font.NORMAL);
            Paragraph title = new Paragraph(doc.title(), titleFont);
            title.setSpacingBefore(160);
            title.setAlignment(Element.ALIGN_CENTER);
            pdf.add(title);
            pdf.add(centered(doc.initiative(), subtitle, 12));
            pdf.add(centered(t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"), subtitle, 8));
            pdf.add(centered(t.get("export.generated", ReportLines.date(doc.generatedAt(), locale, doc.zone())), subtitle, 8));
            if (!doc.contributors().isEmpty()) {
                pdf.add(centered(t.get("export.contributors", String.join(", ", doc.contributors())), subtitle, 24));
            }
            int chapterNumber = 1;
            for (ReportDocument.Section section : doc.sections()) {
                Chapter chapter = new Chapter(new Paragraph(section.title(),
                        new Font(Font.HELVETICA, 18, Font.BOLD)), chapterNumber++);
                if (section.recommendations().isEmpty()) {
                    chapter.add(new Paragraph(t.get("export.sectionEmpty")));
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    Paragraph heading = new Paragraph(item.title(),
                            new Font(Font.HELVETICA, 14, Font.BOLD));
                    heading.setSpacingBefore(14);
                    chapter.add(heading);
                    chapter.add(new Paragraph(ReportLines.meta(item, t), new Font(Font.HELVETICA, 9, Font.ITALIC)));
                    for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
                        chapter.add(pdfBlock(block));
                    }
                    for (String line : ReportLines.decisionLines(item.decision(), t, locale, doc.zone())) {
                        chapter.add(new Paragraph(line, new Font(Font.HELVETICA, 9, Font.NORMAL)));
                    }
                }
                pdf.add(chapter);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF", e);
        }
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph pdfBlock(DocumentBlocks.Block block) {
        float size = block.kind() == DocumentBlocks.Kind.HEADING ? Math.max(11, 16 - block.level()) : 11;
        Phrase phrase = new Phrase();
        switch (block.kind()) {
            case BULLET -> phrase.add(new Chunk("•  ", new Font(Font.HELVETICA, size)));
            case NUMBERED -> phrase.add(new Chunk(block.number() + ".  ", new Font(Font.HELVETICA, size)));
            default -> {
            }
        }
        for (DocumentBlocks.Run run : block.runs()) {
            int style = (run.bold() || block.kind() == DocumentBlocks.Kind.HEADING ? Font.BOLD : 0)
                    | (run.italic() || block.kind() == DocumentBlocks.Kind.QUOTE ? Font.ITALIC : 0);
            phrase.add(new Chunk(run.text(), new Font(block.kind() == DocumentBlocks.Kind.CODE ? Font.COURIER : Font.HELVETICA,
                    size, style)));
        }
        Paragraph p = new Paragraph(phrase);
        p.setSpacingBefore(4);
        if (block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED
                || block.kind() == DocumentBlocks.Kind.QUOTE) {
            p.setIndentationLeft(18);
        }
        return p;
    }
}
