package app.convene.recommendations;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown turned into plain blocks of styled runs for the PDF and DOCX writers. Raw HTML is kept
 * as literal text (as on screen), never interpreted.
 */
public final class DocumentBlocks {

    public enum Kind { PARAGRAPH, HEADING, BULLET, NUMBERED, QUOTE, CODE }

    public record Run(String text, boolean bold, boolean italic) {
    }

    public record Block(Kind kind, int level, int number, List<Run> runs) {
        public String text() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    private static final Parser PARSER = Parser.builder().build();

    private DocumentBlocks() {
    }

    public static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            add(block, blocks, Kind.PARAGRAPH, 0);
        }
        return blocks;
    }

    private static void add(Node block, List<Block> out, Kind kind, int number) {
        switch (block) {
            case Heading h -> out.add(new Block(Kind.HEADING, h.getLevel(), 0, runs(h)));
            case Paragraph p -> out.add(new Block(kind, 0, number, runs(p)));
            case BulletList list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    item(item, out, Kind.BULLET, 0);
                }
            }
            case OrderedList list -> {
                int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    item(item, out, Kind.NUMBERED, n++);
                }
            }
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    add(child, out, Kind.QUOTE, 0);
                }
            }
            case FencedCodeBlock code -> out.add(new Block(Kind.CODE, 0, 0, List.of(new Run(code.getLiteral(), false, false))));
            case IndentedCodeBlock code -> out.add(new Block(Kind.CODE, 0, 0, List.of(new Run(code.getLiteral(), false, false))));
            case HtmlBlock html -> out.add(new Block(Kind.PARAGRAPH, 0, 0, List.of(new Run(html.getLiteral(), false, false))));
            default -> {
                List<Run> runs = runs(block);
                if (!runs.isEmpty()) {
                    out.add(new Block(kind, 0, number, runs));
                }
            }
        }
    }

    private static void item(Node item, List<Block> out, Kind kind, int number) {
        if (item instanceof ListItem) {
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                add(child, out, first ? kind : Kind.PARAGRAPH, number);
                first = false;
            }
        }
    }

    private static List<Run> runs(Node parent) {
        List<Run> runs = new ArrayList<>();
        parent.accept(new AbstractVisitor() {
            int bold;
            int italic;

            @Override
            public void visit(Text text) {
                runs.add(new Run(text.getLiteral(), bold > 0, italic > 0));
            }

            @Override
            public void visit(Code code) {
                runs.add(new Run(code.getLiteral(), bold > 0, italic > 0));
            }

            @Override
            public void visit(HtmlInline html) {
                runs.add(new Run(html.getLiteral(), bold > 0, italic > 0));
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                runs.add(new Run(" ", false, false));
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                runs.add(new Run("\n", false, false));
            }

            @Override
            public void visit(StrongEmphasis strong) {
                bold++;
                visitChildren(strong);
                bold--;
            }

            @Override
            public void visit(Emphasis emphasis) {
                italic++;
                visitChildren(emphasis);
                italic--;
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (link.getDestination() != null && !link.getDestination().isBlank()) {
                    runs.add(new Run(" (" + link.getDestination() + ")", bold > 0, italic > 0));
                }
            }
        });
        return runs;
    }
}
