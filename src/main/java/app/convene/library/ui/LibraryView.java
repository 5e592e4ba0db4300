package app.convene.library.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.library.LibraryPlaces;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceService;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An initiative's library: the resources the reader may see, newest first, paged as the grid scrolls. */
@Route(value = "initiatives/:slug/library", layout = MainLayout.class)
@AnonymousAllowed
class LibraryView extends InitiativePage {

    private final ResourceService resources;
    private final LibraryPlaces places;
    private final LibraryTagService tags;
    private final DateTimes dates;

    final Grid<ResourceItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    LibraryView(InitiativeDirectory initiatives, ResourceService resources, LibraryPlaces places,
                LibraryTagService tags, DateTimes dates) {
        super(initiatives);
        this.resources = resources;
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
        grid.removeAllColumns();
        grid.addComponentColumn(item -> new Anchor(LibraryAddresses.resource(item.id()), item.title()))
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
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("library.page.title")),
                new Paragraph(getTranslation("library.page.intro")),
                new LibraryActionLinks(initiative.slug(), !places.forAdding(id).isEmpty(), tags.mayManage(id)), empty,
                grid);
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
        return getTranslation("library.page.title");
    }
}
