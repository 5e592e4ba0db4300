package app.convene.library.ui;

import app.convene.library.LibraryResults;
import app.convene.library.ResourceItem;
import app.convene.search.SearchFacet;
import app.convene.search.Snippet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

/**
 * A page of search results: how many and which ones ("Results 21–40 of 57"), the chosen filters (each removable),
 * the hits in rank order (title linking to the resource, type and language, topics, the highlighted snippet and
 * where it came from), previous/next pages, and a clear message when nothing matched. Snippets are built from
 * text nodes and {@code <mark>} elements: nothing from the index is ever read as HTML.
 */
class LibraryResultsPanel extends Div {

    final Paragraph range = new Paragraph();
    final UnorderedList hits = new UnorderedList();

    LibraryResultsPanel(LibrarySearchParams params, LibraryResults results, String slug) {
        addClassName("cv-library-search");
        LibraryFacetsPanel facets = new LibraryFacetsPanel(params, results, slug);
        Section found = new Section();
        H2 heading = new H2(getTranslation("library.search.results"));
        heading.setId("library-results-heading");
        found.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        found.add(heading);
        range.setId("library-results-range");
        range.getElement().setAttribute("role", "status");
        found.add(range);
        if (params.hasFilters()) {
            found.add(chosen(params, facets, slug));
        }
        if (results.total() == 0) {
            range.setText(getTranslation("library.search.none", params.text()));
            if (params.hasFilters()) {
                found.add(new Paragraph(getTranslation("library.search.noneFiltered")));
            }
        } else {
            long first = (long) (params.page() - 1) * results.pageSize() + 1;
            long last = Math.min(results.total(), first + results.pageSize() - 1);
            range.setText(first > results.total() ? getTranslation("library.search.beyond", results.total())
                    : getTranslation("library.search.range", first, last, results.total()));
            hits.setId("library-hits");
            hits.addClassName("cv-hits");
            results.hits().forEach(hit -> hits.add(hit(hit)));
            found.add(hits, pages(params, results, slug));
        }
        add(facets, found);
    }

    private Div chosen(LibrarySearchParams params, LibraryFacetsPanel facets, String slug) {
        Div chosen = new Div();
        chosen.setId("library-chosen");
        chosen.addClassName("cv-chosen-filters");
        params.filters().forEach((facet, values) -> values.forEach(value -> {
            Anchor remove = new Anchor(params.without(facet, value).href(slug), getTranslation(
                    "library.search.remove", getTranslation("library.search.facet." + facet.dimension()),
                    facets.label(facet, value)));
            remove.addClassName("cv-badge");
            chosen.add(remove);
        }));
        return chosen;
    }

    private ListItem hit(LibraryResults.Hit hit) {
        ResourceItem item = hit.resource();
        H3 title = new H3(new Anchor(LibraryAddresses.resource(item.id()), item.title()));
        ListItem line = new ListItem(title, new Paragraph(String.join(" · ",
                getTranslation("library.type." + item.type().name()),
                getTranslation("library.language." + item.language().name()))));
        line.addClassName("cv-hit");
        if (!hit.tags().isEmpty()) {
            line.add(new Paragraph(getTranslation("library.search.topics", String.join(", ", hit.tags()))));
        }
        if (hit.snippet() != null && !hit.snippet().parts().isEmpty()) {
            line.add(snippet(hit.snippet()));
            String from = from(hit);
            if (from != null) {
                Paragraph source = new Paragraph(from);
                source.addClassName("cv-snippet-source");
                line.add(source);
            }
        }
        return line;
    }

    /** The snippet as text nodes, the matching words inside {@code <mark>}: never markup from the index. */
    static Paragraph snippet(Snippet snippet) {
        Paragraph text = new Paragraph();
        text.addClassName("cv-snippet");
        for (Snippet.Part part : snippet.parts()) {
            text.getElement().appendChild(part.match() ? new Element("mark").setText(part.text())
                    : Element.createText(part.text()));
        }
        return text;
    }

    /** "From version 2, page 3", "From version 2", "From the description", or nothing. */
    private String from(LibraryResults.Hit hit) {
        if ("description".equals(hit.snippet().field())) {
            return getTranslation("library.search.fromDescription");
        }
        if (hit.versionNumber() == null) {
            return null;
        }
        return hit.pageNumber() > 0 ? getTranslation("library.search.fromPage", hit.versionNumber(), hit.pageNumber())
                : getTranslation("library.search.fromVersion", hit.versionNumber());
    }

    private Nav pages(LibrarySearchParams params, LibraryResults results, String slug) {
        Nav pages = new Nav();
        pages.setId("library-pages");
        pages.addClassName("cv-pages");
        pages.setAriaLabel(getTranslation("library.search.pages"));
        if (params.page() > 1) {
            Anchor previous = new Anchor(params.atPage(Math.min(params.page() - 1, results.pages())).href(slug),
                    getTranslation("library.search.previous"));
            previous.setId("library-previous");
            pages.add(previous);
        }
        if (params.page() < results.pages()) {
            Anchor next = new Anchor(params.atPage(params.page() + 1).href(slug), getTranslation("library.search.next"));
            next.setId("library-next");
            pages.add(next);
        }
        pages.setVisible(pages.getComponentCount() > 0);
        return pages;
    }
}
