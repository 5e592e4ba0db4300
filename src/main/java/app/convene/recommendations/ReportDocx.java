package app.convene.recommendations;

import app.convene.recommendations.ReportExports.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A report document as DOCX: a title page (Title style), then each section (heading 1) with its
 * recommendations (heading 2; their own headings heading 3 to 6) and real numbered and bulleted lists; the
 * document language and title are in the core properties and the default run language.
 */
public final class ReportDocx {

    private ReportDocx() {
    }

    public static void write(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator("Convene");
            docx.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setLanguageProperty(locale.toLanguageTag());
            DocxParts.install(docx, locale.toLanguageTag());
            paragraph(docx, "Title", doc.title());
            centeredDocx(docx, doc.initiative());
            centeredDocx(docx, t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"));
            centeredDocx(docx, t.get("export.generated", ReportLines.date(doc.generatedAt(), locale, doc.zone())));
            if (!doc.contributors().isEmpty()) {
                centeredDocx(docx, t.get("export.contributors", String.join(", ", doc.contributors())));
            }
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
            int number = 1;
            for (ReportDocument.Section section : doc.sections()) {
                paragraph(docx, "Heading1", (number++) + ". " + section.title());
                if (section.recommendations().isEmpty()) {
                    docx.createParagraph().createRun().setText(t.get("export.sectionEmpty"));
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    recommendation(docx, item, t, locale, doc);
                }
            }
            docx.write(out);
        }
    }

    private static void recommendation(XWPFDocument docx, ReportDocument.Item item, Texts t, Locale locale,
                                       ReportDocument doc) {
        paragraph(docx, "Heading2", item.title());
        XWPFRun meta = docx.createParagraph().createRun();
        meta.setItalic(true);
        meta.setFontSize(9);
        meta.setText(ReportLines.meta(item, t));
        BigInteger list = null;
        DocumentBlocks.Kind listKind = null;
        for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
            XWPFParagraph p = docx.createParagraph();
            switch (block.kind()) {
                case HEADING -> p.setStyle("Heading" + Math.min(6, block.level() + 2));
                case QUOTE -> p.setStyle("Quote");
                default -> {
                }
            }
            boolean listed = block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED;
            if (!listed) {
                list = null;
            } else {
                if (list == null || listKind != block.kind()) {
                    list = DocxParts.newList(docx, block.kind() == DocumentBlocks.Kind.BULLET ? DocxParts.BULLETS
                            : DocxParts.DECIMALS, Math.max(1, block.number()));
                    listKind = block.kind();
                }
                listItem(p, list);
            }
            for (DocumentBlocks.Run r : block.runs()) {
                XWPFRun x = p.createRun();
                x.setText(r.text());
                x.setBold(r.bold());
                x.setItalic(r.italic());
                if (block.kind() == DocumentBlocks.Kind.CODE) {
                    x.setFontFamily("Courier New");
                }
            }
        }
        XWPFRun decision = docx.createParagraph().createRun();
        decision.setFontSize(9);
        decision.setText(ReportLines.decision(item.decision(), t, locale, doc.zone()));
        BigInteger responses = null;
        for (String line : ReportLines.responses(item.decision(), t)) {
            if (responses == null) {
                responses = DocxParts.newList(docx, DocxParts.BULLETS, 1);
            }
            XWPFParagraph p = docx.createParagraph();
            listItem(p, responses);
            XWPFRun d = p.createRun();
            d.setFontSize(9);
            d.setText(line);
        }
    }

    private static void listItem(XWPFParagraph p, BigInteger list) {
        p.setStyle("ListParagraph");
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
    }

    private static void paragraph(XWPFDocument docx, String style, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void centeredDocx(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontSize(14);
        r.setText(text);
    }
}
