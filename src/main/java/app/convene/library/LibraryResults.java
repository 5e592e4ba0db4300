package app.convene.library;

import app.convene.search.SearchFacet;
import app.convene.search.SearchResult.FacetCount;
import app.convene.search.Snippet;
import java.util.List;
import java.util.Map;

/**
 * One page of the library's search results as the page shows them: the hits in rank order with their resource,
 * tags and snippet; the total; the facet counts; and the names of the workgroups the workgroup facet counts by id.
 * Everything here is limited to what the reader may see.
 */
public record LibraryResults(long total, int page, int pageSize, List<Hit> hits,
                             Map<SearchFacet, List<FacetCount>> facets, Map<String, String> workgroupNames) {

    public LibraryResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        workgroupNames = Map.copyOf(workgroupNames);
    }

    public static LibraryResults empty(int page, int pageSize) {
        return new LibraryResults(0, page, pageSize, List.of(), Map.of(), Map.of());
    }

    public List<FacetCount> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** How many pages the total makes (at least one). */
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * A found resource with its topics and the snippet (null when there is no text to show). When the snippet comes
     * from a file's text, {@code versionNumber} names the version (null otherwise) and {@code pageNumber} its page
     * (0 when the file has no pages).
     */
    public record Hit(ResourceItem resource, List<String> tags, Snippet snippet, Integer versionNumber,
                      int pageNumber) {

        public Hit {
            tags = List.copyOf(tags);
        }
    }
}
