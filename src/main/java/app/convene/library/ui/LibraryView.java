package app.convene.library.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.library.LibraryPlaces;
import app.convene.library.LibrarySearch;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceService;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.GridLinks;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An initiative's library: the resources the reader may see, newest first, paged as the grid scrolls; with a search
 * box whose query and filters live in the address ({@link LibrarySearchParams}), so a result page can be linked and
 * the back button works. With a query the ranked results replace the list.
 */
@Route(value = "initiatives/:slug/library", layout = MainLayout.class)
@AnonymousAllowed
class LibraryView extends InitiativePage {

    static final int PAGE_SIZE = 20;

    private final ResourceService resources;
    private final LibrarySearch search;
    private final LibraryPlaces places;
    private final LibraryTagService tags;
    private final DateTimes dates;
    private LibrarySearchParams params;

    final Grid<ResourceItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    TextField box;
    final Paragraph emptyBox = new Paragraph();
    LibraryResultsPanel results;

    LibraryView(InitiativeDirectory initiatives, ResourceService resources, LibrarySearch search,
                LibraryPlaces places, LibraryTagService tags, DateTimes dates) {
        super(initiatives);
        this.resources = resources;
        this.search = search;
        this.places = places;
        this.tags = tags;
        this.dates = dates;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return true;
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        long id = initiative.id();
        params = LibrarySearchParams.from(event.getLocation().getQueryParameters());
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("library.page.title")),
                new Paragraph(getTranslation("library.page.intro")),
                new LibraryActionLinks(initiative.slug(), !places.forAdding(id).isEmpty(), tags.mayManage(id)),
                searchBox());
        results = null;
        if (params.searching() && !params.text().isEmpty()) {
            results = new LibraryResultsPanel(params, search.results(id, params.text(), params.filters(),
                    params.page() - 1, PAGE_SIZE), initiative.slug());
            add(results);
            return;
        }
        emptyBox.setText(getTranslation("library.search.emptyBox"));
        emptyBox.setId("library-empty-box");
        emptyBox.getElement().setAttribute("role", "status");
        emptyBox.setVisible(params.searching());
        grid.removeAllColumns();
        grid.addColumn(GridLinks.<ResourceItem>of(item -> LibraryAddresses.resource(item.id()), ResourceItem::title))
                .setHeader(getTranslation("library.column.title")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(item -> getTranslation("library.type." + item.type().name()))
                .setHeader(getTranslation("library.column.type")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("library.language." + item.language().name()))
                .setHeader(getTranslation("library.column.language")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("library.visibility." + item.visibility().name()))
                .setHeader(getTranslation("library.column.visibility")).setAutoWidth(true);
        grid.addColumn(this::latest).setHeader(getTranslation("library.column.latest")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("library.page.title"));
        grid.setHeight("32rem");
        grid.setItems(query -> resources.list(id, query.getOffset(), query.getLimit()).stream(),
                query -> resources.count(id));
        empty.setText(getTranslation("library.page.empty"));
        boolean none = resources.count(id) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        add(emptyBox, empty, grid);
    }

    /** The search box: a new search starts on its first page without filters. */
    private Div searchBox() {
        box = new TextField(getTranslation("library.search.label"));
        box.setValue(params.text() == null ? "" : params.text());
        box.setMaxLength(LibrarySearchParams.MAX_TEXT);
        box.setClearButtonVisible(true);
        box.setId("library-search-box");
        Button go = new Button(getTranslation("library.search.submit"), click -> getUI().ifPresent(ui -> ui.navigate(
                LibraryAddresses.library(initiative.slug()), params.withText(box.getValue()).toParameters())));
        go.setId("library-search-button");
        go.addClickShortcut(Key.ENTER).listenOn(box);
        Div form = new Div(box, go);
        form.addClassName("cv-form-row");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("library.search.label"));
        return form;
    }

    /** "Version 3 · 2 Dec 2026" for a file, "Link" for a link. */
    String latest(ResourceItem item) {
        if (item.kind() == ResourceKind.LINK || item.latest() == null) {
            return getTranslation("library.kind.LINK");
        }
        return getTranslation("library.version.short", item.latest().number(),
                dates.date(item.latest().uploadedAt(), getLocale()));
    }

    @Override
    protected String pageTitle() {
        return params != null && params.searching() && !params.text().isEmpty()
                ? getTranslation("library.search.pageTitle", params.text()) : getTranslation("library.page.title");
    }
}
