package app.convene.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Line breaking and printable text for {@link TaggedPdf}'s one font. */
final class PdfLines {

    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    PdfLines(PDType0Font font) {
        this.font = font;
    }

    /** Greedy line breaking on spaces and line breaks; a word wider than a line is cut. */
    List<List<TaggedPdf.Piece>> wrap(List<TaggedPdf.Piece> pieces, float size, float width) throws IOException {
        List<List<TaggedPdf.Piece>> lines = new ArrayList<>();
        List<TaggedPdf.Piece> line = new ArrayList<>();
        float used = 0;
        for (TaggedPdf.Piece piece : pieces) {
            String[] paragraphs = printableLines(piece.text()).split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                for (String word : paragraphs[p].split("(?<= )")) {
                    while (!word.isEmpty()) {
                        float w = font.getStringWidth(word.stripTrailing()) / 1000 * size;
                        if (used + w <= width) {
                            line.add(new TaggedPdf.Piece(word, piece.bold(), piece.italic()));
                            used += font.getStringWidth(word) / 1000 * size;
                            word = "";
                        } else if (!line.isEmpty()) {
                            lines.add(line);
                            line = new ArrayList<>();
                            used = 0;
                            word = word.stripLeading();
                        } else {
                            int cut = fitting(word, size, width);
                            line.add(new TaggedPdf.Piece(word.substring(0, cut), piece.bold(), piece.italic()));
                            lines.add(line);
                            line = new ArrayList<>();
                            word = word.substring(cut);
                        }
                    }
                }
            }
        }
        lines.add(line);
        List<List<TaggedPdf.Piece>> out = new ArrayList<>();
        for (List<TaggedPdf.Piece> l : lines) {
            List<TaggedPdf.Piece> trimmed = trim(l);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    private int fitting(String word, float size, float width) throws IOException {
        int cut = 1;
        while (cut < word.length() && font.getStringWidth(word.substring(0, cut + 1)) / 1000 * size <= width) {
            cut++;
        }
        return cut;
    }

    private static List<TaggedPdf.Piece> trim(List<TaggedPdf.Piece> line) {
        List<TaggedPdf.Piece> out = new ArrayList<>(line);
        while (!out.isEmpty() && out.getLast().text().isBlank()) {
            out.removeLast();
        }
        if (!out.isEmpty()) {
            TaggedPdf.Piece last = out.getLast();
            out.set(out.size() - 1, new TaggedPdf.Piece(last.text().stripTrailing(), last.bold(), last.italic()));
        }
        return out;
    }

    float width(List<TaggedPdf.Piece> line, float size) throws IOException {
        float w = 0;
        for (TaggedPdf.Piece piece : line) {
            w += font.getStringWidth(piece.text()) / 1000 * size;
        }
        return w;
    }

    /** Tabs become spaces, other control characters and characters the font lacks become a question mark. */
    private String printableLines(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace("\t", "    ").codePoints().forEach(c -> {
            if (c == '\n' || c == ' ') {
                out.appendCodePoint(c);
            } else {
                out.appendCodePoint(Character.isISOControl(c) || !hasGlyph(c) ? '?' : c);
            }
        });
        return out.toString();
    }

    String printable(String text) {
        return printableLines(text).replace('\n', ' ');
    }

    private boolean hasGlyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, c -> {
            try {
                font.encode(Character.toString(c));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
