package app.convene.search;

import java.util.stream.Stream;

/**
 * The full-text index. PostgreSQL stays the source of truth: the index can be thrown away and rebuilt from it at
 * any time. Visibility is part of every search, so hits, counts, facets and snippets never include a document the
 * reader holds no key for.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the document, or replaces the one with the same id. Visible to searches when this returns. */
    void index(SearchDocument document);

    /** Removes the document with this id, if any. */
    void remove(String id);

    SearchResult search(SearchQuery query);

    /**
     * Replaces the whole index with these documents at once: searches keep seeing the old index until the new one
     * is complete.
     */
    void rebuild(Stream<SearchDocument> documents);

    /** True when the index was missing or written in an older format when opened, and no rebuild followed. */
    boolean needsRebuild();

    @Override
    void close();
}
