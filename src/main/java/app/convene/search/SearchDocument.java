package app.convene.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable item. {@code visibilityKeys}: a reader sees the document when it holds at least one of them
 * (for example {@code public}, {@code committee:7}); a document without keys is seen by nobody.
 * {@code passages}: the text inside the item's files, each with the source it came from (a caller-defined
 * label such as a version id), so a snippet can point back to it.
 */
public record SearchDocument(String id, long initiativeId, Set<String> visibilityKeys, String title,
                             String description, List<String> tags, String type, String language,
                             String workgroup, List<Passage> passages) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        visibilityKeys = Set.copyOf(visibilityKeys);
        tags = tags == null ? List.of() : List.copyOf(tags);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    /** A stretch of text (about a page or a few paragraphs) and where it came from. */
    public record Passage(String source, String text) {
        public Passage {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
        }
    }
}
