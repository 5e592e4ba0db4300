package app.convene.recommendations;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and list numbering of an exported DOCX: real heading styles ("heading 1" to "heading 6" with
 * outline levels, so Word, LibreOffice and screen readers see the outline), a Title, a Quote, a List
 * Paragraph, the document language as the default run language, and bullet and decimal list definitions.
 */
final class DocxParts {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final BigInteger BULLETS = BigInteger.ZERO;
    static final BigInteger DECIMALS = BigInteger.ONE;

    private DocxParts() {
    }

    static void install(XWPFDocument docx, String language) throws IOException {
        StringBuilder styles = new StringBuilder("<w:styles " + W + "><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" w:cs=\"Liberation Sans\"/>"
                + "<w:sz w:val=\"22\"/><w:lang w:val=\"" + language + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>"
                + style("Title", "Title", "<w:jc w:val=\"center\"/><w:spacing w:before=\"3600\" w:after=\"240\"/>",
                        "<w:b/><w:sz w:val=\"52\"/>")
                + style("Quote", "Quote", "<w:ind w:left=\"720\"/>", "<w:i/>")
                + style("ListParagraph", "List Paragraph", "<w:ind w:left=\"720\"/><w:spacing w:after=\"60\"/>", ""));
        int[] sizes = {36, 28, 26, 24, 22, 22};
        for (int level = 1; level <= 6; level++) {
            styles.append(style("Heading" + level, "heading " + level,
                    "<w:keepNext/><w:spacing w:before=\"" + (level == 1 ? 360 : 240) + "\" w:after=\"120\"/>"
                            + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    "<w:b/><w:sz w:val=\"" + sizes[level - 1] + "\"/>"));
        }
        styles.append("</w:styles>");
        try {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(styles.toString()).getStyles());
            XWPFNumbering numbering = docx.createNumbering();
            numbering.addAbstractNum(list(BULLETS, "bullet", "\u2022"));
            numbering.addAbstractNum(list(DECIMALS, "decimal", "%1."));
        } catch (XmlException e) {
            throw new IOException("Could not build the DOCX styles", e);
        }
    }

    /** A new list (its own numbering instance) of {@code kind}, starting at {@code start}. */
    static BigInteger newList(XWPFDocument docx, BigInteger kind, int start) {
        BigInteger id = docx.getNumbering().addNum(kind);
        CTNumLvl override = docx.getNumbering().getNum(id).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    private static String style(String id, String name, String paragraph, String run) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr>" + paragraph + "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
    }

    private static XWPFAbstractNum list(BigInteger id, String format, String text) throws XmlException {
        return new XWPFAbstractNum(NumberingDocument.Factory.parse("<w:numbering " + W + "><w:abstractNum w:abstractNumId=\"" + id
                + "\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum></w:numbering>")
                .getNumbering().getAbstractNumArray(0));
    }
}
