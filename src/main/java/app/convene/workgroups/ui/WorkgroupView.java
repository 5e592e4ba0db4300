package app.convene.workgroups.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.database.PageReads;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.RelatedResources;
import app.convene.shared.ui.RouteIds;
import app.convene.shared.ui.TabSheets;
import app.convene.workgroups.JoinRequestService;
import app.convene.workgroups.WorkgroupDetails;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A workgroup's page: public facts and the viewer's join box for all; for its members a tab sheet of
 * panels (charter, notes, members, requests, activity, balance, settings), each shown to those allowed.
 */
@Route(value = "workgroups/:id", layout = MainLayout.class)
@AnonymousAllowed
class WorkgroupView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final WorkgroupService workgroups;
    private final JoinRequestService joinRequests;
    private final WorkgroupNoteService notes;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final PersonService persons;
    private final DateTimes dates;
    private final List<RelatedResources> related;
    private final PageReads pages;
    private WorkgroupDetails workgroup;
    private InitiativeContext initiative;

    JoinBox join;
    NotesPanel notesPanel;
    MembersPanel membersPanel;
    JoinRequestsPanel requestsPanel;
    TabSheet tabs;

    WorkgroupView(WorkgroupService workgroups, JoinRequestService joinRequests, WorkgroupNoteService notes,
                  InitiativeDirectory initiatives, Authorization authorization, PersonService persons, DateTimes dates,
                  List<RelatedResources> related, PageReads pages) {
        this.pages = pages;
        this.related = related;
        this.workgroups = workgroups;
        this.joinRequests = joinRequests;
        this.notes = notes;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.persons = persons;
        this.dates = dates;
        addClassName("cv-page");
        addClassName("cv-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = RouteIds.id(event, "id").orElseThrow();
            workgroup = workgroups.details(id);
            InitiativeRef ref = initiatives.findById(workgroup.initiativeId()).orElseThrow();
            initiative = new InitiativeContext(ref.id(), ref.slug(), ref.name());
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // the workgroup found (a service's exception inside would end the drawing): the rest in one read-only
        // transaction (decision 0082)
        pages.together(() -> show(null));
    }

    /** Draws the page again as saved now, on the tab the person was on (after a change made in one of them). */
    void render() {
        workgroup = workgroups.details(workgroup.id());
        show(tabs == null || tabs.getSelectedTab() == null ? null : tabs.getSelectedTab().getLabel());
    }

    /**
     * Draws the page; a member's tabs other than the charter are built, and read their data, when first selected
     * (issue 19, decision 0076: a coordinator's page built all seven with their lists on every visit).
     */
    private void show(String selectedLabel) {
        removeAll();
        Nav breadcrumb = new Nav(new Anchor(initiative.path(), initiative.name()));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        add(breadcrumb, new H1(workgroup.name()));
        if (workgroup.goal() != null) {
            Span goal = new Span(getTranslation("workgroup.goal", workgroup.goal()));
            goal.addClassName("cv-region");
            add(goal);
        }
        join = new JoinBox(workgroups, joinRequests, authorization, workgroup, initiative, this::render);
        add(new Paragraph(facts()), join);
        RelatedResources.of(related, RelatedResources.WORKGROUP, workgroup.id(), 2).ifPresent(this::add);
        tabs = null;
        notesPanel = null;
        membersPanel = null;
        requestsPanel = null;
        if (!authorization.canInWorkgroup(Action.READ_WORKGROUP, workgroup.id())) {
            return;
        }
        long id = workgroup.id();
        tabs = TabSheets.growing();
        LazyTabs lazy = new LazyTabs(tabs);
        lazy.add(getTranslation("workgroup.tab.charter"), () -> CharterPanel.of(workgroup.charter()));
        lazy.add(getTranslation("workgroup.tab.notes"),
                () -> notesPanel = new NotesPanel(notes, workgroups, authorization, dates, id, this::render));
        lazy.add(getTranslation("workgroup.tab.members"),
                () -> membersPanel = new MembersPanel(workgroups, authorization, id, this::render));
        if (authorization.canInWorkgroup(Action.DECIDE_JOIN_REQUESTS, id)) {
            // Approving a request adds a member: the members' tab shows it when next drawn.
            lazy.add(getTranslation("workgroup.tab.requests"),
                    () -> requestsPanel = new JoinRequestsPanel(joinRequests, dates, id, this::refreshMembers));
        }
        lazy.add(getTranslation("workgroup.tab.activity"), () -> new ActivityPanel(notes, dates, id));
        if (authorization.can(Action.VIEW_WORKGROUP_BALANCE, workgroup.initiativeId())) {
            lazy.add(getTranslation("workgroup.tab.balance"), () -> new BalancePanel(workgroups.balance(id)));
        }
        if (authorization.can(Action.MANAGE_WORKGROUPS, workgroup.initiativeId())) {
            lazy.add(getTranslation("workgroup.tab.settings"),
                    () -> new SettingsPanel(workgroups, persons, workgroup, this::render));
        }
        lazy.select(selectedLabel);
        add(tabs);
    }

    /** After a join request is approved: the members' tab, if built, shows the new member. */
    private void refreshMembers() {
        if (membersPanel != null) {
            membersPanel.refresh();
        }
    }

    private String facts() {
        String capacity = workgroup.capacity() == null ? "" : " " + getTranslation("workgroup.capacity", workgroup.capacity());
        return getTranslation("workgroup.members", workgroup.members()) + capacity + " · "
                + getTranslation(WorkgroupStates.key(workgroup.closed(), workgroup.accepting()));
    }

    @Override
    public Long initiativeId() {
        return workgroup == null ? null : workgroup.initiativeId();
    }

    @Override
    public String getPageTitle() {
        return (workgroup == null ? "" : workgroup.name() + " · ") + getTranslation("app.name");
    }
}
