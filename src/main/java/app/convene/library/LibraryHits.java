package app.convene.library;

import app.convene.library.internal.LibraryQueries;
import app.convene.library.internal.LibraryResultQueries;
import app.convene.search.SearchResult;
import app.convene.search.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Joins a page of index hits to the rows they stand for, in rank order. */
final class LibraryHits {

    private LibraryHits() {
    }

    static LibraryResults of(SearchResult found, int page, int pageSize, LibraryResultQueries queries,
                             long initiativeId, LibraryQueries.Reader reader) {
        List<Long> ids = found.hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
        Map<Long, ResourceItem> items = queries.visible(initiativeId, reader, ids);
        Map<Long, List<String>> tags = queries.tagNames(items.keySet());
        Map<Long, Integer> numbers = queries.versionNumbers(found.hits().stream()
                .map(hit -> version(hit.snippet())).filter(v -> v != null).toList());
        List<LibraryResults.Hit> hits = new ArrayList<>();
        for (SearchResult.Hit hit : found.hits()) {
            ResourceItem item = items.get(Long.parseLong(hit.id()));
            if (item != null) {
                Long version = version(hit.snippet());
                hits.add(new LibraryResults.Hit(item, tags.getOrDefault(item.id(), List.of()), hit.snippet(),
                        version == null ? null : numbers.get(version), version == null ? 0 : page(hit.snippet())));
            }
        }
        return new LibraryResults(found.total(), page, pageSize, hits, found.facets(),
                queries.workgroupNames(initiativeId));
    }

    /** The version a passage came from: its source is "{version id}:{page}" (see the library's indexer). */
    private static Long version(Snippet snippet) {
        String[] source = source(snippet);
        return source == null ? null : Long.valueOf(source[0]);
    }

    private static int page(Snippet snippet) {
        String[] source = source(snippet);
        return source == null ? 0 : Integer.parseInt(source[1]);
    }

    private static String[] source(Snippet snippet) {
        if (snippet == null || snippet.source() == null || !snippet.source().matches("\\d+:\\d+")) {
            return null;
        }
        return snippet.source().split(":");
    }
}
