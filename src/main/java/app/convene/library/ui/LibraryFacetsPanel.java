package app.convene.library.ui;

import app.convene.library.LibraryResults;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceType;
import app.convene.search.SearchFacet;
import app.convene.search.SearchResult.FacetCount;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The filters beside the results: per facet (type, topic, language, workgroup) its values with how many results
 * carry them, by their human names. A value is a link to the same search narrowed to it; a chosen value is shown
 * as chosen (it is removed from the list of chosen filters above the results).
 */
class LibraryFacetsPanel extends Section {

    private final LibraryResults results;

    LibraryFacetsPanel(LibrarySearchParams params, LibraryResults results, String slug) {
        this.results = results;
        addClassName("cv-library-facets");
        H2 heading = new H2(getTranslation("library.search.filters"));
        heading.setId("library-filters-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetCount> counts = results.facet(facet);
            if (counts.isEmpty()) {
                continue;
            }
            UnorderedList values = new UnorderedList();
            values.setId("library-facet-" + facet.dimension());
            Set<String> chosen = params.filters().getOrDefault(facet, Set.of());
            for (FacetCount count : counts) {
                String text = getTranslation("library.search.count", label(facet, count.value()), count.count());
                if (chosen.contains(count.value())) {
                    Span selected = new Span(getTranslation("library.search.chosen", text));
                    selected.addClassName("cv-chosen");
                    values.add(new ListItem(selected));
                } else {
                    values.add(new ListItem(new Anchor(params.with(facet, count.value()).href(slug), text)));
                }
            }
            add(new H3(getTranslation("library.search.facet." + facet.dimension())), values);
        }
    }

    /** A facet value's human name: the type's or language's name, the topic, the workgroup's name. */
    String label(SearchFacet facet, String value) {
        return switch (facet) {
            case TYPE -> known(ResourceType.values(), value) ? getTranslation("library.type." + value) : value;
            case LANGUAGE -> known(ResourceLanguage.values(), value) ? getTranslation("library.language." + value) : value;
            case TAG -> value;
            case WORKGROUP -> results.workgroupNames().getOrDefault(value,
                    getTranslation("library.search.otherWorkgroup"));
        };
    }

    private static boolean known(Enum<?>[] values, String value) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }
}
