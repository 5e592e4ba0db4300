package app.convene.library.ui;

import app.convene.search.SearchFacet;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library page's search as its address carries it: {@code q} (absent: the plain list), one parameter per
 * facet ({@code type}, {@code tag}, {@code language}, {@code workgroup}; repeated for several values) and
 * {@code page} (from 1). Odd input is cut down, never refused: a result page can always be linked.
 */
record LibrarySearchParams(String text, Map<SearchFacet, Set<String>> filters, int page) {

    static final int MAX_TEXT = 200;
    static final int MAX_PAGE = 500;
    private static final int MAX_VALUES = 10;
    private static final int MAX_VALUE = 120;

    LibrarySearchParams {
        filters = copy(filters);
        page = Math.clamp(page, 1, MAX_PAGE);
    }

    static LibrarySearchParams from(QueryParameters parameters) {
        Map<String, List<String>> all = parameters.getParameters();
        String text = all.containsKey("q") ? String.join(" ", all.get("q")).strip() : null;
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            Set<String> values = new LinkedHashSet<>();
            all.getOrDefault(facet.dimension(), List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty() && v.length() <= MAX_VALUE).limit(MAX_VALUES).forEach(values::add);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        int page = 1;
        try {
            page = Integer.parseInt(all.getOrDefault("page", List.of("1")).getFirst().strip());
        } catch (NumberFormatException ignored) {
            // a mistyped page number shows the first page
        }
        return new LibrarySearchParams(text, filters, page);
    }

    /** Whether the address asked for a search (possibly with an empty box). */
    boolean searching() {
        return text != null;
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    LibrarySearchParams withText(String newText) {
        return new LibrarySearchParams(newText == null ? "" : newText.strip(), Map.of(), 1);
    }

    LibrarySearchParams with(SearchFacet facet, String value) {
        Map<SearchFacet, Set<String>> copy = copy(filters);
        copy.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value);
        return new LibrarySearchParams(text, copy, 1);
    }

    LibrarySearchParams without(SearchFacet facet, String value) {
        Map<SearchFacet, Set<String>> copy = copy(filters);
        copy.computeIfPresent(facet, (f, values) -> {
            values.remove(value);
            return values.isEmpty() ? null : values;
        });
        return new LibrarySearchParams(text, copy, 1);
    }

    LibrarySearchParams atPage(int newPage) {
        return new LibrarySearchParams(text, filters, newPage);
    }

    QueryParameters toParameters() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("q", List.of(text == null ? "" : text));
        filters.forEach((facet, values) -> all.put(facet.dimension(), new ArrayList<>(values)));
        if (page > 1) {
            all.put("page", List.of(Integer.toString(page)));
        }
        return new QueryParameters(all);
    }

    /** The address of this search on the initiative's library page. */
    String href(String slug) {
        return LibraryAddresses.library(slug) + "?" + toParameters().getQueryString();
    }

    private static Map<SearchFacet, Set<String>> copy(Map<SearchFacet, Set<String>> filters) {
        Map<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        filters.forEach((facet, values) -> copy.put(facet, new LinkedHashSet<>(values)));
        return copy;
    }
}
