package app.convene.search;

import java.util.List;
import java.util.Map;

/**
 * One page of ranked hits, the total number of hits and, per facet, the values with their counts — all limited to
 * what the reader may see.
 */
public record SearchResult(long total, List<Hit> hits, Map<SearchFacet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }

    public List<FacetCount> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** A found document: its id, its score and a snippet (absent when it has no text to show). */
    public record Hit(String id, float score, Snippet snippet) {
    }

    /** A facet value and how many hits carry it. */
    public record FacetCount(String value, long count) {
    }
}
