package app.convene.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A tagged PDF (PDF/UA-1 intent) written with PDFBox: every line of text is a marked-content sequence whose
 * MCID belongs to a structure element, in content order, so reading order is the order of writing; page
 * furniture is an artifact. The one font is Liberation Sans as shipped inside PDFBox, embedded as a subset;
 * bold is drawn by stroking the glyph outline and italic by slanting it.
 */
public final class TaggedPdf implements AutoCloseable {

    /** A piece of text in one style. */
    public record Piece(String text, boolean bold, boolean italic) {
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float SLANT = 0.2f;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDStructureElement document;
    private final List<COSArray> parents = new ArrayList<>();
    private final PdfLines lines;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    public TaggedPdf(String title, String subject, String language) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(doc, in, true);
        }
        lines = new PdfLines(font);
        doc.setVersion(1.7f);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Convene");
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        PDViewerPreferences preferences = new PDViewerPreferences();
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(title, subject, language).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    public PDStructureElement document() {
        return document;
    }

    /** A new structure element, the last child of {@code parent}. */
    public PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** A list ({@code L}) numbered as {@code numbering}, one of {@link PDListAttributeObject}'s values. */
    public PDStructureElement list(PDStructureNode parent, String numbering) {
        PDStructureElement list = element("L", parent);
        PDListAttributeObject attribute = new PDListAttributeObject();
        attribute.setListNumbering(numbering);
        list.addAttribute(attribute);
        return list;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(SIZE);
        page.setStructParents(parents.size());
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        doc.addPage(page);
        parents.add(new COSArray());
        content = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - MARGIN;
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * Writes {@code pieces} as the content of {@code element}, wrapped to the page width after {@code indent}
     * (centred when asked); a {@code label} (with its own {@code Lbl} element) goes before the first line.
     */
    public void text(PDStructureElement element, List<Piece> pieces, float size, float indent, boolean centred,
              PDStructureElement label, String labelText) throws IOException {
        float left = MARGIN + indent;
        List<List<Piece>> wrapped = lines.wrap(pieces, size, SIZE.getWidth() - MARGIN - left);
        boolean first = true;
        for (List<Piece> line : wrapped) {
            float leading = size * 1.35f;
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            if (first && label != null) {
                show(label, List.of(new Piece(labelText, false, false)), size, left - 16);
            }
            float x = centred ? (SIZE.getWidth() - lines.width(line, size)) / 2 : left;
            show(element, line, size, x);
            first = false;
        }
    }

    /** The footer of every page, an artifact: {@code footer} is given the page number and the count. */
    public void footers(java.util.function.BiFunction<Integer, Integer, String> footer) throws IOException {
        content.close();
        content = null;
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            String text = lines.printable(footer.apply(i + 1, count));
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginMarkedContent(COSName.ARTIFACT);
                s.beginText();
                s.setFont(font, 9);
                s.setNonStrokingColor(0.33f, 0.33f, 0.33f);
                float w = font.getStringWidth(text) / 1000 * 9;
                s.newLineAtOffset((SIZE.getWidth() - w) / 2, MARGIN / 2);
                s.showText(text);
                s.endText();
                s.endMarkedContent();
            }
        }
    }

    public void save(OutputStream out) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode tree = new PDNumberTreeNode(COSArray.class);
        Map<Integer, COSArray> numbers = new HashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            numbers.put(i, parents.get(i));
        }
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
        doc.save(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void show(PDStructureElement element, List<Piece> line, float size, float x) throws IOException {
        COSArray parent = parents.getLast();
        int mcid = parent.size();
        parent.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        element.appendKid(reference);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        content.beginText();
        content.setFont(font, size);
        content.setLineWidth(size * 0.025f);
        for (Piece piece : line) {
            content.setRenderingMode(piece.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            content.setTextMatrix(new Matrix(1, 0, piece.italic() ? SLANT : 0, 1, x, y));
            content.showText(piece.text());
            x += font.getStringWidth(piece.text()) / 1000 * size;
        }
        content.endText();
        content.endMarkedContent();
    }

    private static String xmp(String title, String subject, String language) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreatorTool>Convene</xmp:CreatorTool>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
