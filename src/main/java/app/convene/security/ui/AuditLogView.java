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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageRequest;

/** The audit log for administrators: every change, newest first, read a page at a time. */
@Route(value = AuditLogView.ROUTE, layout = MainLayout.class)
@PermitAll
class AuditLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/audit";

    final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditLog audit, Authorization authorization, ConveneI18NProvider i18n, DateTimes dateTimes) {
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
        grid.setItems(query -> audit.list(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), grid);
        this.authorization = authorization;
    }

    private final Authorization authorization;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.VIEW_AUDIT_LOG, null)) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
