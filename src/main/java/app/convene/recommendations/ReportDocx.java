package app.convene.recommendations;

import app.convene.recommendations.ReportExports.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A report document as DOCX: a title page, then each section with its recommendations. */
public final class ReportDocx {

    private ReportDocx() {
    }

    public static void write(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator("Convene");
            XWPFParagraph title = docx.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(3600);
            XWPFRun run = title.createRun();
            run.setText(doc.title());
            run.setBold(true);
            run.setFontSize(26);
            centeredDocx(docx, doc.initiative());
            centeredDocx(docx, t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"));
            centeredDocx(docx, t.get("export.generated", ReportLines.date(doc.generatedAt(), locale, doc.zone())));
            if (!doc.contributors().isEmpty()) {
                centeredDocx(docx, t.get("export.contributors", String.join(", ", doc.contributors())));
            }
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
            int number = 1;
            for (ReportDocument.Section section : doc.sections()) {
                styled(docx, (number++) + ". " + section.title(), 18, true);
                if (section.recommendations().isEmpty()) {
                    docx.createParagraph().createRun().setText(t.get("export.sectionEmpty"));
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    styled(docx, item.title(), 14, true);
                    XWPFRun meta = docx.createParagraph().createRun();
                    meta.setItalic(true);
                    meta.setFontSize(9);
                    meta.setText(ReportLines.meta(item, t));
                    for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
                        XWPFParagraph p = docx.createParagraph();
                        if (block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED
                                || block.kind() == DocumentBlocks.Kind.QUOTE) {
                            p.setIndentationLeft(360);
                        }
                        if (block.kind() == DocumentBlocks.Kind.BULLET) {
                            p.createRun().setText("•  ");
                        } else if (block.kind() == DocumentBlocks.Kind.NUMBERED) {
                            p.createRun().setText(block.number() + ".  ");
                        }
                        for (DocumentBlocks.Run r : block.runs()) {
                            XWPFRun x = p.createRun();
                            x.setText(r.text());
                            x.setBold(r.bold() || block.kind() == DocumentBlocks.Kind.HEADING);
                            x.setItalic(r.italic() || block.kind() == DocumentBlocks.Kind.QUOTE);
                            if (block.kind() == DocumentBlocks.Kind.CODE) {
                                x.setFontFamily("Courier New");
                            }
                        }
                    }
                    for (String line : ReportLines.decisionLines(item.decision(), t, locale, doc.zone())) {
                        XWPFRun d = docx.createParagraph().createRun();
                        d.setFontSize(9);
                        d.setText(line);
                    }
                }
            }
            docx.write(out);
        }
    }

    private static void centeredDocx(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontSize(14);
        r.setText(text);
    }

    private static void styled(XWPFDocument docx, String text, int size, boolean bold) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingBefore(240);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
    }
}
