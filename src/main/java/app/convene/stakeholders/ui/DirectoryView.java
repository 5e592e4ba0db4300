package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.database.PageReads;
import app.convene.shared.ui.GridLinks;
import app.convene.shared.ui.MainLayout;
import app.convene.stakeholders.DirectoryEntry;
import app.convene.stakeholders.DirectoryFilter;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.ParticipationService;
import app.convene.stakeholders.Sector;
import app.convene.stakeholders.StakeholderExports;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/** The members' directory: who is at the table, by organization, sector and region; searchable, paged. */
@Route(value = "initiatives/:slug/directory", layout = MainLayout.class)
@PermitAll
class DirectoryView extends InitiativePage {

    private final DirectoryService directory;
    private final Authorization authorization;
    private final StakeholderExports exports;
    private final ParticipationService participation;

    final TextField search = new TextField();
    final Select<Sector> sector = new Select<>();
    final TextField region = new TextField();
    final Grid<DirectoryEntry> grid = new Grid<>();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    DirectoryView(InitiativeDirectory initiatives, DirectoryService directory, Authorization authorization,
                  StakeholderExports exports,
                  ParticipationService participation, PageReads pages) {
        super(initiatives, pages); // drawn in one read-only transaction (decision 0082); the list pages lazily after
        this.exports = exports;
        this.participation = participation;
        this.directory = directory;
        this.authorization = authorization;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.VIEW_DIRECTORY, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Nav breadcrumb = breadcrumb(StakeholderAddresses.initiative(initiative.slug()), initiative.name());

        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        sector.setLabel(getTranslation("common.sector"));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("directory.anySector"));
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("directory.anySector") : getTranslation("sector." + s.name()));
        sector.setItems(Sector.values()); // after the label generator: each call after the items makes them again
        region.setLabel(getTranslation("directory.region"));
        region.setClearButtonVisible(true);
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.setMaxLength(100);
        if (!wired) {
            search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            sector.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            wired = true;
        }
        Div filters = new Div(search, sector, region);
        filters.addClassName("cv-form-row");
        filters.getElement().setAttribute("role", "search");

        grid.removeAllColumns();
        grid.addColumn(DirectoryEntry::name).setHeader(getTranslation("common.name")).setAutoWidth(true);
        grid.addColumn(e -> e.title() == null ? "" : e.title()).setHeader(getTranslation("common.jobTitle")).setAutoWidth(true);
        grid.addColumn(GridLinks.<DirectoryEntry>of(e -> e.organizationId() == null ? null
                        : StakeholderAddresses.organization(initiative.slug(), e.organizationId()), DirectoryEntry::organization))
                .setHeader(getTranslation("common.organization")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("sector." + e.sector().name())).setHeader(getTranslation("common.sector"))
                .setAutoWidth(true);
        grid.addColumn(e -> join(e.county(), e.region())).setHeader(getTranslation("directory.region")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("directory.title"));
        grid.setHeight("32rem");
        grid.setItems(query -> directory.directory(initiative.id(),
                new DirectoryFilter(search.getValue(), sector.getValue(), region.getValue(), null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());

        add(breadcrumb, new H1(getTranslation("directory.title")), new Paragraph(getTranslation("directory.intro")));
        if (authorization.can(Action.MANAGE_STAKEHOLDERS, initiative.id())) {
            Anchor export = new Anchor((DownloadHandler) download -> {
                download.setFileName("directory-" + initiative.slug() + ".csv");
                download.setContentType("text/csv; charset=UTF-8");
                exports.directory(initiative.id(), download.getOutputStream());
            }, getTranslation("directory.export"));
            Nav actions = new Nav(export);
            actions.addClassName("cv-manage");
            actions.setAriaLabel(getTranslation("initiative.manage"));
            add(actions, new ParticipationPanel(participation.summary(initiative.id())));
        }
        add(filters, grid);
    }

    static String join(String county, String region) {
        if (county == null) {
            return region == null ? "" : region;
        }
        return region == null ? county : county + ", " + region;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("directory.title") + " · " + initiative.name();
    }
}
