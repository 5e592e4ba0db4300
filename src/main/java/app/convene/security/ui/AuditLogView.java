package app.convene.security.ui;

import app.convene.security.Action;
import app.convene.security.AuditEntry;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit log for administrators: every change, newest first, read a page at a time from the database,
 * filtered by initiative, person, action, kind of record and dates. The filters live in the address (a filtered
 * view can be bookmarked) and the CSV export writes every line they match.
 */
@Route(value = AuditLogView.ROUTE, layout = MainLayout.class)
@PermitAll
class AuditLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/audit";

    final Grid<AuditEntry> grid = new Grid<>();
    final AuditFilterBar filters;
    final Anchor export;

    private final AuditLog audit;
    private final Authorization authorization;
    private final ZoneId zone;
    private AuditLogParams params = AuditLogParams.NONE;

    AuditLogView(AuditLog audit, Authorization authorization, ConveneI18NProvider i18n, DateTimes dateTimes) {
        this.audit = audit;
        this.authorization = authorization;
        this.zone = dateTimes.zone();
        addClassName("cv-page");
        addClassName("cv-wide");
        DateTimeFormatter format = dateTimes.dateTimesMedium(getLocale());
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        AuditTexts texts = new AuditTexts(i18n, getLocale());
        grid.addColumn(texts::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(texts::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> texts.state(e.before())).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> texts.state(e.after())).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setPageSize(50);
        grid.setItems(query -> audit.list(params.filter(zone), query.getOffset(), query.getLimit()).stream());
        filters = new AuditFilterBar(audit, texts);
        filters.onChange(this::filter);
        // Read when the file is asked for: the filters of that moment.
        export = new Anchor((DownloadHandler) download -> {
            download.setFileName("audit-log.csv");
            download.setContentType("text/csv; charset=UTF-8");
            audit.export(params.filter(zone), download.getOutputStream());
        }, getTranslation("audit.export"));
        Nav actions = new Nav(export);
        actions.addClassName("cv-manage");
        actions.setAriaLabel(getTranslation("audit.actions"));
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, actions, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.VIEW_AUDIT_LOG, null)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        params = AuditLogParams.from(event.getLocation().getQueryParameters());
        filters.show(params, params.initiative() == null ? null : audit.initiativeName(params.initiative())
                .orElse("#" + params.initiative()), params.person() == null ? null
                : audit.personName(params.person()).orElse("#" + params.person()));
        grid.getDataProvider().refreshAll();
    }

    /** The list follows the filters, and so does the address (replaced, not a new history entry per change). */
    private void filter(AuditLogParams changed) {
        params = changed;
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
    }

    /** The address of the list as it is filtered now. */
    Location location() {
        return new Location(ROUTE, params.toParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
