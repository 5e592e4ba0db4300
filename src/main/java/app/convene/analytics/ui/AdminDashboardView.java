package app.convene.analytics.ui;

import app.convene.analytics.DashboardService;
import app.convene.initiatives.InitiativeAdminItem;
import app.convene.initiatives.InitiativeLifecycle;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/**
 * The dashboard across every initiative, for administrators: the same tables over all of them (no targets: those
 * belong to an initiative), and a chooser of each initiative's own dashboard.
 */
@Route(value = "admin/dashboard", layout = MainLayout.class)
@PermitAll
class AdminDashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHOOSER_SIZE = 200;

    private final DashboardService dashboards;
    private final InitiativeLifecycle initiatives;
    private final Authorization authorization;

    AdminDashboardView(DashboardService dashboards, InitiativeLifecycle initiatives, Authorization authorization) {
        this.dashboards = dashboards;
        this.initiatives = initiatives;
        this.authorization = authorization;
        addClassName("cv-page");
        addClassName("cv-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authorization.can(Action.VIEW_PARTICIPATION_DASHBOARD, null)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        UnorderedList chooser = new UnorderedList();
        for (InitiativeAdminItem item : initiatives.listAll(PageRequest.of(0, CHOOSER_SIZE))) {
            chooser.add(new ListItem(new Anchor("initiatives/" + item.slug() + "/dashboard", item.name())));
        }
        Nav nav = new Nav(new H2(getTranslation("analytics.chooseInitiative")), chooser);
        nav.setAriaLabel(getTranslation("analytics.chooseInitiative"));
        nav.setId("dashboard-chooser");
        Paragraph note = new Paragraph(getTranslation("analytics.protectedNote"));
        note.addClassName("cv-note");
        add(new H1(getTranslation("analytics.adminTitle")), new Paragraph(getTranslation("analytics.adminIntro")), note,
                nav);
        DashboardPage.addTables(this, new DashboardSections(this, dashboards, null), dashboards.dashboardOfAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.adminTitle") + " · " + getTranslation("app.name");
    }
}
