package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** A tagged PDF read back as assistive technology reads it: its structure tree with the text of each element. */
public final class PdfStructure {

    private PdfStructure() {
    }

    /** One structure element with content: its path of types from the root, and the text of its marked content. */
    public record Tagged(String path, String text) {
    }

    /** Every structure element with content, in the tree's (reading) order. */
    public static List<Tagged> tagged(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        assertThat(root).as("structure tree").isNotNull();
        List<Tagged> tagged = new ArrayList<>();
        walk(root, "", pdf, markedContent(pdf), tagged);
        return tagged;
    }

    /** Per page index, the text of each marked-content sequence by MCID. */
    public static Map<Integer, Map<Integer, String>> markedContent(PDDocument pdf) throws IOException {
        Map<Integer, Map<Integer, String>> out = new HashMap<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pdf.getPage(i));
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    byId.put(content.getMCID(), text(content));
                }
            }
            out.put(i, byId);
        }
        return out;
    }

    private static void walk(PDStructureNode node, String path, PDDocument pdf, Map<Integer, Map<Integer, String>> marked,
                             List<Tagged> out) {
        StringBuilder own = new StringBuilder();
        for (Object kid : node.getKids()) {
            switch (kid) {
                case PDMarkedContentReference ref -> {
                    String line = marked.get(pdf.getPages().indexOf(ref.getPage())).get(ref.getMCID());
                    assertThat(line).as("MCID %d of %s", ref.getMCID(), path).isNotNull();
                    own.append(own.isEmpty() ? "" : " ").append(line);
                }
                case PDStructureElement element -> {
                    if (!own.isEmpty()) {
                        out.add(new Tagged(path, own.toString()));
                        own.setLength(0);
                    }
                    walk(element, (path.isEmpty() ? "" : path + "/") + element.getStructureType(), pdf, marked, out);
                }
                default -> throw new AssertionError("unexpected kid " + kid + " of " + path);
            }
        }
        if (!own.isEmpty()) {
            out.add(new Tagged(path, own.toString()));
        }
    }

    public static String text(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                out.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                out.append(text(inner));
            }
        }
        return out.toString();
    }

}
