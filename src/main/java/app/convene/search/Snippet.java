package app.convene.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A short piece of a document's text around the words that matched: plain text parts, the matching ones marked,
 * so a view renders the marks itself (no markup travels through the index). {@code field} is where it came from
 * ("text" or "description"); {@code source} is the passage's source for "text".
 */
public record Snippet(String field, String source, List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    public String plainText() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** The parts that matched the query. */
    public List<String> highlighted() {
        return parts.stream().filter(Part::match).map(Part::text).toList();
    }

    public record Part(String text, boolean match) {
    }
}
