package app.convene.search;

import java.util.Map;
import java.util.Set;

/**
 * A search inside one initiative. {@code text} supports words, "phrases" and prefixes (word*); an empty text
 * lists everything the reader may see. {@code readerKeys}: the visibility keys the reader holds. {@code filters}:
 * per facet the values accepted (any of them). {@code page} counts from 0.
 */
public record SearchQuery(long initiativeId, String text, Set<String> readerKeys,
                          Map<SearchFacet, Set<String>> filters, int page, int pageSize) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        readerKeys = Set.copyOf(readerKeys);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (page < 0 || pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page " + page + ", size " + pageSize);
        }
    }

    public static SearchQuery of(long initiativeId, String text, Set<String> readerKeys) {
        return new SearchQuery(initiativeId, text, readerKeys, Map.of(), 0, 20);
    }

    public SearchQuery withFilter(SearchFacet facet, String... values) {
        var copy = new java.util.HashMap<>(filters);
        copy.put(facet, Set.of(values));
        return new SearchQuery(initiativeId, text, readerKeys, copy, page, pageSize);
    }

    public SearchQuery withPage(int newPage, int newPageSize) {
        return new SearchQuery(initiativeId, text, readerKeys, filters, newPage, newPageSize);
    }
}
