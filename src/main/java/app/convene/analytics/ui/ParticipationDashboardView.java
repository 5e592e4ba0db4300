package app.convene.analytics.ui;

import app.convene.analytics.DashboardService;
import app.convene.analytics.ParticipationDashboard;
import app.convene.analytics.QuarterlyReport;
import app.convene.analytics.TargetService;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;

/**
 * The participation and equity dashboard of one initiative: coordinators (who also set the representation
 * targets) and committee members (who read them). Every chart has its table twin and CSV download.
 */
@Route(value = "initiatives/:slug/dashboard", layout = MainLayout.class)
@PermitAll
class ParticipationDashboardView extends InitiativePage {

    private final DashboardService dashboards;
    private final TargetService targets;
    private final Authorization authorization;
    private final QuarterlyReport report;
    private final Clock clock;
    TargetsPanel targetsPanel;
    Anchor pdf;

    ParticipationDashboardView(InitiativeDirectory initiatives, DashboardService dashboards, TargetService targets,
                               Authorization authorization, QuarterlyReport report, Clock clock) {
        super(initiatives);
        this.dashboards = dashboards;
        this.targets = targets;
        this.authorization = authorization;
        this.report = report;
        this.clock = clock;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.VIEW_PARTICIPATION_DASHBOARD, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        ParticipationDashboard dashboard = dashboards.dashboard(initiative.id());
        DashboardSections sections = new DashboardSections(this, dashboards, initiative.id());
        targetsPanel = new TargetsPanel(targets, initiative.id(), dashboard.targets(),
                authorization.can(Action.MANAGE_REPRESENTATION_TARGETS, initiative.id()), this::render);
        Section targetSection = new Section(new H2(getTranslation("analytics.targets")), targetsPanel);
        targetSection.setId("dashboard-targets-section");
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("analytics.title")),
                new Paragraph(getTranslation("analytics.intro")), protectionNote(), new Nav(pdf()), targetSection);
        if (!dashboard.targets().isEmpty()) {
            add(sections.section(TargetService.table(dashboard.targets()), List.of(3, 0)));
        }
        DashboardPage.addTables(this, sections, dashboard);
    }

    /** The one-page quarterly report, written when asked for, in the reader's language. */
    private Anchor pdf() {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        long id = initiative.id();
        String name = initiative.name();
        pdf = new Anchor((DownloadHandler) download -> {
            download.setFileName("quarterly-report.pdf");
            download.setContentType("application/pdf");
            report.write(id, name, LocalDate.now(clock), locale, (key, params) -> getTranslation(locale, key, params),
                    download.getOutputStream());
        }, getTranslation("analytics.report.download"));
        pdf.setId("dashboard-pdf");
        pdf.addClassName("cv-manage-link");
        return pdf;
    }

    private Paragraph protectionNote() {
        Paragraph note = new Paragraph(getTranslation("analytics.protectedNote"));
        note.addClassName("cv-note");
        return note;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("analytics.title") + " · " + initiative.name();
    }
}
