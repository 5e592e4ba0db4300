package app.convene.timeline.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeAddresses;
import app.convene.shared.ui.DateTimes;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.ui.MainLayout;
import app.convene.timeline.Dashboard;
import app.convene.timeline.MilestoneFigures;
import app.convene.timeline.MilestoneItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The coordinators' view of the plan: what is late, at risk or blocked, due soon, and how much is done. */
@Route(value = "initiatives/:slug/timeline/dashboard", layout = MainLayout.class)
@PermitAll
class DashboardView extends InitiativePage {

    private final MilestoneFigures figures;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    DashboardView(InitiativeDirectory initiatives, MilestoneFigures figures, Authorization authorization,
                  DateTimes dateTimes) {
        super(initiatives);
        this.figures = figures;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_TIMELINE, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        Dashboard dashboard = figures.dashboard(initiative.id());
        Div grid = new Div(list("dashboard.overdue", dashboard.overdue()), list("dashboard.atRisk", dashboard.atRiskOrBlocked()),
                list("dashboard.dueSoon", dashboard.dueSoon()), percents("dashboard.byPhase", dashboard.percentDoneByPhase()),
                percents("dashboard.byWorkgroup", dashboard.percentDoneByWorkgroup()));
        grid.addClassName("cv-statements");
        add(breadcrumb(timeline(), getTranslation("timeline.title")),
                new H1(getTranslation("dashboard.title")), grid);
    }

    private Component list(String key, List<MilestoneItem> items) {
        DateTimeFormatter format = dateTimes.dates(getLocale());
        Section section = new Section(new H2(getTranslation(key, items.size())));
        section.addClassName("cv-statement");
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (MilestoneItem m : items) {
            list.add(new ListItem(new RouterLink(m.title(), TimelineView.class, new RouteParameters("slug", initiative.slug())),
                    new Span(" · " + format.format(m.due()) + " · "
                            + getTranslation("milestone.status." + m.status().name())
                            + (m.ownerWorkgroup() == null ? "" : " · " + m.ownerWorkgroup()))));
        }
        section.add(list);
        return section;
    }

    private Component percents(String key, Map<String, Integer> percents) {
        Section section = new Section(new H2(getTranslation(key)));
        section.addClassName("cv-statement");
        if (percents.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        percents.forEach((name, percent) -> {
            ListItem item = new ListItem(getTranslation("dashboard.percent", name, percent));
            Div bar = new Div();
            bar.addClassName("cv-progress");
            bar.getElement().setAttribute("role", "progressbar");
            bar.getElement().setAttribute("aria-valuenow", String.valueOf(percent));
            bar.getElement().setAttribute("aria-valuemin", "0");
            bar.getElement().setAttribute("aria-valuemax", "100");
            bar.getElement().setAttribute("aria-label", name);
            bar.getStyle().set("--cv-percent", percent + "%");
            item.add(bar);
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private String timeline() {
        return InitiativeAddresses.of(initiative.slug(), "timeline");
    }

    @Override
    protected String pageTitle() {
        return getTranslation("dashboard.title") + " · " + initiative.name();
    }
}
