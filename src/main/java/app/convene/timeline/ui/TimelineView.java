package app.convene.timeline.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.database.PageReads;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.MainLayout;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.timeline.TimelineSvg;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** The initiative's timeline: the drawing, the same facts as a table, status updates and new milestones. */
@Route(value = "initiatives/:slug/timeline", layout = MainLayout.class)
@AnonymousAllowed
class TimelineView extends InitiativePage {

    private final MilestoneService milestones;
    private final WorkgroupService workgroups;
    private final Authorization authorization;
    private final DateTimes dateTimes;
    private final PersonService persons;
    private List<MilestoneItem> all = List.of();
    private List<WorkgroupSummary> groups = List.of();
    /** The coordinators' milestone form, built when first needed (decision 65); null until then. */
    private MilestoneForm form;
    /** Where that form goes: a button that builds it, for coordinators; null for everyone else. */
    private Div formSlot;
    MilestonePanel panel;

    Select<WorkgroupSummary> workgroup;
    Select<MilestoneStatus> status;
    Select<TimelineSvg.Zoom> zoom;
    Div drawing;
    Grid<MilestoneItem> table;

    TimelineView(InitiativeDirectory initiatives, MilestoneService milestones, WorkgroupService workgroups,
                 Authorization authorization, DateTimes dateTimes, PersonService persons, PageReads pages) {
        super(initiatives, pages); // drawn in one read-only transaction (decision 0082)
        this.persons = persons;
        this.milestones = milestones;
        this.workgroups = workgroups;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return true;
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        // Vaadin reuses this view when moving between initiatives' timelines: build the parts afresh.
        workgroup = new Select<>();
        status = new Select<>();
        zoom = new Select<>();
        drawing = new Div();
        table = new Grid<>();
        boolean coordinator = authorization.can(Action.MANAGE_TIMELINE, initiative.id());
        groups = workgroups.list(initiative.id(), PageRequest.of(0, 200)).getContent();
        all = milestones.visible(initiative.id());
        form = null;
        formSlot = coordinator ? new Div(newMilestoneButton()) : null;
        panel = new MilestonePanel(milestones, authorization, dateTimes, initiative.id(),
                coordinator ? milestone -> form().load(milestone) : null, this::forgetFormIfBuilt,
                this::refreshBackToTable, () -> all = milestones.visible(initiative.id()));
        add(breadcrumb(InitiativeAddresses.of(initiative.slug()), initiative.name()),
                new H1(getTranslation("timeline.title")), links(coordinator));
        add(filters(groups), drawing(), new H2(getTranslation("timeline.table")), table(), panel);
        if (formSlot != null) {
            add(formSlot);
        }
        show(); // the milestones just read (a second read was a tenth of the page's statements)
    }

    /**
     * The coordinators' milestone form, built the first time it is needed (decision 65): most visits only read the
     * timeline, and the form (ten fields, a binder, a people picker) was a seventh of building the page. It takes
     * the place of the button that asked for it.
     */
    MilestoneForm form() {
        if (formSlot == null) {
            throw new IllegalStateException("Only coordinators have the milestone form");
        }
        if (form == null) {
            form = new MilestoneForm(initiative, groups, milestones, persons, () -> all, this::refresh);
            formSlot.removeAll();
            formSlot.add(form);
        }
        return form;
    }

    private Button newMilestoneButton() {
        Button add = new Button(getTranslation("milestone.new"), click -> form().title.focus());
        add.setId("milestone-new");
        return add;
    }

    /** After a milestone was deleted or cancelled: an open form starts a new milestone. */
    private void forgetFormIfBuilt() {
        if (form != null) {
            form.load(null);
        }
    }

    private Nav links(boolean coordinator) {
        Anchor feed = new Anchor("/calendar/" + initiative.slug() + ".ics", getTranslation("timeline.feed"));
        feed.setRouterIgnore(true);
        Nav links = new Nav(feed);
        links.addClassName("cv-manage");
        links.setAriaLabel(getTranslation("timeline.links"));
        if (coordinator) {
            links.add(new RouterLink(getTranslation("dashboard.title"), DashboardView.class,
                            new RouteParameters("slug", initiative.slug())),
                    new Anchor(InitiativeAddresses.of(initiative.slug(), "phases"), getTranslation("phase.title")));
        }
        return links;
    }

    private Div filters(List<WorkgroupSummary> groups) {
        // Each select's label generator and empty item before its items: every one of these calls after the items
        // makes the select's item components again (decision 0082: a third of drawing the timeline).
        workgroup.setLabel(getTranslation("timeline.workgroup"));
        workgroup.setItemLabelGenerator(w -> w == null ? getTranslation("timeline.allWorkgroups") : w.name());
        workgroup.setEmptySelectionCaption(getTranslation("timeline.allWorkgroups"));
        workgroup.setEmptySelectionAllowed(true);
        workgroup.setItems(groups);
        status.setLabel(getTranslation("timeline.status"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("timeline.allStatuses") : getTranslation("milestone.status." + s.name()));
        status.setEmptySelectionCaption(getTranslation("timeline.allStatuses"));
        status.setEmptySelectionAllowed(true);
        status.setItems(MilestoneStatus.values());
        zoom.setLabel(getTranslation("timeline.zoom"));
        zoom.setItemLabelGenerator(z -> getTranslation("timeline.zoom." + z.name()));
        zoom.setItems(TimelineSvg.Zoom.values());
        zoom.setValue(TimelineSvg.suggestedZoom(initiative.phases(), all));
        workgroup.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        zoom.addValueChangeListener(e -> refresh());
        Div filters = new Div(workgroup, status, zoom);
        filters.addClassName("cv-form-row");
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    private Div drawing() {
        drawing.addClassName("cv-timeline-scroll");
        drawing.getElement().setAttribute("tabindex", "0");
        drawing.getElement().setAttribute("role", "region");
        drawing.getElement().setAttribute("aria-label", getTranslation("timeline.drawing"));
        return drawing;
    }

    private Grid<MilestoneItem> table() {
        DateTimeFormatter format = dateTimes.dates(getLocale());
        Map<Long, PhaseRef> phases = initiative.phases().stream().collect(Collectors.toMap(PhaseRef::id, p -> p));
        table.removeAllColumns();
        table.addColumn(MilestoneItem::title).setHeader(getTranslation("milestone.title")).setFlexGrow(1);
        table.addColumn(m -> phaseText(m, phases)).setHeader(getTranslation("milestone.phase")).setAutoWidth(true);
        table.addColumn(m -> Objects.toString(m.ownerWorkgroup() != null ? m.ownerWorkgroup() : m.ownerPerson(), ""))
                .setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        table.addColumn(m -> m.start() == null ? "" : format.format(m.start())).setHeader(getTranslation("milestone.start"))
                .setAutoWidth(true);
        table.addColumn(m -> format.format(m.due())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        table.addColumn(m -> getTranslation("milestone.status." + m.status().name())
                + (m.overdueOn(dateTimes.today()) ? " · " + getTranslation("milestone.overdue") : ""))
                .setHeader(getTranslation("timeline.status")).setAutoWidth(true);
        table.setPartNameGenerator(m -> m.status() == MilestoneStatus.CANCELLED ? "cv-cancelled" : null);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("timeline.table"));
        table.setHeight("24rem");
        table.asSingleSelect().addValueChangeListener(e -> panel.show(e.getValue()));
        return table;
    }

    /** The phase's name, and "outside its phase" when the milestone's dates leave it. */
    private String phaseText(MilestoneItem m, Map<Long, PhaseRef> phases) {
        PhaseRef phase = m.phaseId() == null ? null : phases.get(m.phaseId());
        if (phase == null) {
            return "";
        }
        return phase.name() + (m.outside(phase) ? " · ⚠ " + getTranslation("milestone.outsidePhase") : "");
    }

    /**
     * After a change saved in the panel: the panel closes with the button that had the focus, so the focus
     * goes back to the table's row (the grid's one tabbable cell) rather than to the start of the page.
     */
    private void refreshBackToTable() {
        refresh();
        table.getElement().executeJs(
                "requestAnimationFrame(() => (this.shadowRoot.querySelector('#items [tabindex=\"0\"]') || this).focus())");
    }

    void refresh() {
        all = milestones.visible(initiative.id());
        show();
    }

    private void show() {
        List<MilestoneItem> shown = all.stream()
                .filter(m -> workgroup.getValue() == null || Objects.equals(m.ownerWorkgroupId(), workgroup.getValue().id()))
                .filter(m -> status.getValue() == null || m.status() == status.getValue())
                .toList();
        TimelineSvg.Zoom scale = zoom.getValue() == null ? TimelineSvg.Zoom.MONTH : zoom.getValue();
        // The drawing's markup is the region's content as it is (decision 0078): Vaadin's Html component parsed every
        // drawing on the server first (Jsoup), 23 % of showing the timeline. TimelineSvg escapes every text it writes.
        drawing.getElement().setProperty("innerHTML", TimelineSvg.render(initiative.phases(), shown,
                dateTimes.today(), scale, new TimelineSvg.Labels(getTranslation("timeline.svgTitle", initiative.name()),
                        getTranslation("timeline.today"), s -> getTranslation("milestone.status." + s.name()),
                        ConveneI18NProvider.supported(getLocale()), getTranslation("milestone.outsidePhase"))));
        table.setItems(shown);
        panel.show(null);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("timeline.title") + " · " + initiative.name();
    }
}
