package app.convene.recommendations;

import app.convene.recommendations.ReportExports.Texts;
import app.convene.shared.pdf.TaggedPdf;
import app.convene.shared.pdf.TaggedPdf.Piece;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;

/**
 * A report document as a tagged PDF: a title page (H1 and paragraphs), then each section on a new page
 * ({@code Sect} with an H2), each recommendation a {@code Sect} with an H3, its text (headings H4–H6,
 * paragraphs, lists, quotes) and its decision record (a paragraph and a list of responses). The document
 * language is the export's language; page numbers are artifacts.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static void write(ReportDocument doc, Texts t, Locale locale, OutputStream out) throws IOException {
        try (TaggedPdf pdf = new TaggedPdf(doc.title(), doc.initiative(), locale.toLanguageTag())) {
            pdf.newPage();
            PDStructureElement root = pdf.document();
            pdf.space(160);
            centred(pdf, root, "H1", doc.title(), 26, true);
            pdf.space(12);
            centred(pdf, root, "P", doc.initiative(), 14, false);
            centred(pdf, root, "P", t.get(doc.approvedOnly() ? "export.approvedOnly" : "export.all"), 14, false);
            centred(pdf, root, "P", t.get("export.generated", ReportLines.date(doc.generatedAt(), locale, doc.zone())),
                    14, false);
            if (!doc.contributors().isEmpty()) {
                pdf.space(16);
                centred(pdf, root, "P", t.get("export.contributors", String.join(", ", doc.contributors())), 14, false);
            }
            int number = 1;
            for (ReportDocument.Section section : doc.sections()) {
                pdf.newPage();
                PDStructureElement sect = pdf.element("Sect", root);
                plain(pdf, sect, "H2", (number++) + ". " + section.title(), 18, true);
                if (section.recommendations().isEmpty()) {
                    pdf.space(4);
                    plain(pdf, sect, "P", t.get("export.sectionEmpty"), 11, false);
                }
                for (ReportDocument.Item item : section.recommendations()) {
                    recommendation(pdf, pdf.element("Sect", sect), item, t, locale, doc);
                }
            }
            pdf.footers((page, count) -> doc.title() + " · " + t.get("export.page", page, count));
            pdf.save(out);
        }
    }

    private static void recommendation(TaggedPdf pdf, PDStructureElement sect, ReportDocument.Item item, Texts t,
                                       Locale locale, ReportDocument doc) throws IOException {
        pdf.space(14);
        plain(pdf, sect, "H3", item.title(), 14, true);
        pdf.text(pdf.element("P", sect), List.of(new Piece(ReportLines.meta(item, t), false, true)), 9, 0, false,
                null, null);
        PDStructureElement list = null;
        DocumentBlocks.Kind listKind = null;
        for (DocumentBlocks.Block block : DocumentBlocks.of(item.body())) {
            boolean listed = block.kind() == DocumentBlocks.Kind.BULLET || block.kind() == DocumentBlocks.Kind.NUMBERED;
            if (!listed) {
                list = null;
            } else if (list == null || listKind != block.kind()) {
                list = pdf.list(sect, block.kind() == DocumentBlocks.Kind.BULLET
                        ? PDListAttributeObject.LIST_NUMBERING_DISC : PDListAttributeObject.LIST_NUMBERING_DECIMAL);
                listKind = block.kind();
            }
            if (block.text().isBlank()) {
                continue;
            }
            pdf.space(4);
            if (listed) {
                item(pdf, list, pieces(block), 11,
                        block.kind() == DocumentBlocks.Kind.BULLET ? "•" : block.number() + ".");
            } else {
                boolean heading = block.kind() == DocumentBlocks.Kind.HEADING;
                String type = switch (block.kind()) {
                    case HEADING -> "H" + Math.min(6, block.level() + 3);
                    case QUOTE -> "BlockQuote";
                    default -> "P";
                };
                float size = heading ? Math.max(11, 16 - block.level()) : 11;
                pdf.text(pdf.element(type, sect), pieces(block), size,
                        block.kind() == DocumentBlocks.Kind.QUOTE || block.kind() == DocumentBlocks.Kind.CODE ? 18 : 0,
                        false, null, null);
            }
        }
        pdf.space(4);
        pdf.text(pdf.element("P", sect), List.of(new Piece(ReportLines.decision(item.decision(), t, locale, doc.zone()),
                false, false)), 9, 0, false, null, null);
        List<String> responses = ReportLines.responses(item.decision(), t);
        if (!responses.isEmpty()) {
            PDStructureElement answers = pdf.list(sect, PDListAttributeObject.LIST_NUMBERING_DISC);
            for (String response : responses) {
                item(pdf, answers, List.of(new Piece(response, false, false)), 9, "•");
            }
        }
    }

    private static void item(TaggedPdf pdf, PDStructureElement list, List<Piece> body, float size, String label)
            throws IOException {
        PDStructureElement li = pdf.element("LI", list);
        PDStructureElement lbl = pdf.element("Lbl", li);
        pdf.text(pdf.element("LBody", li), body, size, 18, false, lbl, label);
    }

    private static List<Piece> pieces(DocumentBlocks.Block block) {
        boolean heading = block.kind() == DocumentBlocks.Kind.HEADING;
        boolean quote = block.kind() == DocumentBlocks.Kind.QUOTE;
        return block.runs().stream().map(r -> new Piece(r.text(), r.bold() || heading, r.italic() || quote)).toList();
    }

    private static void centred(TaggedPdf pdf, PDStructureElement parent, String type, String text, float size,
                                boolean bold) throws IOException {
        if (text.isBlank()) {
            return;
        }
        pdf.text(pdf.element(type, parent), List.of(new Piece(text, bold, false)), size, 0, true, null, null);
    }

    private static void plain(TaggedPdf pdf, PDStructureElement parent, String type, String text, float size,
                              boolean bold) throws IOException {
        if (text.isBlank()) {
            return;
        }
        pdf.text(pdf.element(type, parent), List.of(new Piece(text, bold, false)), size, 0, false, null, null);
    }
}
