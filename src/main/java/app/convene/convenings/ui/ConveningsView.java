package app.convene.convenings.ui;

import app.convene.convenings.AgendaService;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningLists;
import app.convene.convenings.ConveningService;
import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PageSection;
import app.convene.shared.ui.PagedList;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * The organizers' list of an initiative's convenings (coordinators: all; workgroup leads: their workgroups'
 * meetings): upcoming and past, a page at a time, with add, change (time, place: a move), cancel and the agenda.
 */
@Route(value = "initiatives/:slug/convenings", layout = MainLayout.class)
@AnonymousAllowed
class ConveningsView extends InitiativePage {

    private final ConveningService convenings;
    private final ConveningLists lists;
    private final AgendaService agendas;
    private final WorkgroupService workgroups;
    private final Authorization authorization;
    ConveningForm form;
    AgendaEditor agenda;
    private final Div listsArea = new Div();

    ConveningsView(InitiativeDirectory initiatives, ConveningService convenings, ConveningLists lists,
                   AgendaService agendas, WorkgroupService workgroups, Authorization authorization) {
        super(initiatives);
        this.convenings = convenings;
        this.lists = lists;
        this.agendas = agendas;
        this.workgroups = workgroups;
        this.authorization = authorization;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_CONVENINGS, initiative.id())
                || authorization.rolesIn(initiative.id()).contains(InitiativeRole.WORKGROUP_LEAD);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        List<WorkgroupSummary> groups = workgroups.list(initiative.id(), PageRequest.of(0, 200)).getContent();
        form = new ConveningForm(convenings, initiative, groups, this::refresh);
        agenda = new AgendaEditor(agendas);
        Button add = new Button(getTranslation("convening.new"), click -> form.open(null));
        add.setId("convening-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(breadcrumb(InitiativeAddresses.of(initiative.slug()), initiative.name()),
                new H1(getTranslation("convenings.manageTitle")), new Div(add), form, agenda, listsArea);
        refresh();
    }

    void refresh() {
        listsArea.removeAll();
        listsArea.add(list(true, "convenings-manage-upcoming", "convenings.upcoming"),
                list(false, "convenings-manage-past", "convenings.past"));
    }

    private Section list(boolean upcoming, String id, String heading) {
        Section section = PageSection.create(id, getTranslation(heading));
        section.add(new PagedList<>(p -> lists.managed(initiative.id(), upcoming, p), this::row, 20,
                getTranslation("convenings.more")));
        return section;
    }

    private Component row(ConveningItem c) {
        Anchor link = new Anchor("convenings/" + c.id(), c.title());
        Span when = new Span(" · " + ConveningTimes.span(c.start(), c.end(), c.zone(), getLocale()));
        Div row = new Div(link, when);
        if (c.cancelled()) {
            Span cancelled = new Span(" · " + getTranslation("convening.status.CANCELLED"));
            cancelled.addClassName("cv-badge");
            row.add(cancelled);
        }
        Button edit = new Button(getTranslation("convening.editButton"), click -> form.open(c));
        edit.setId("convening-edit-" + c.id());
        edit.setAriaLabel(getTranslation("convening.editOf", c.title()));
        Button agendaButton = new Button(getTranslation("convening.agendaButton"), click -> agenda.open(c));
        agendaButton.setId("convening-agenda-" + c.id());
        agendaButton.setAriaLabel(getTranslation("convening.agendaOf", c.title()));
        Div buttons = new Div(edit, agendaButton);
        if (!c.cancelled()) {
            Button cancel = new Button(getTranslation("convening.cancelButton"), click -> confirmCancel(c));
            cancel.setId("convening-cancel-" + c.id());
            cancel.setAriaLabel(getTranslation("convening.cancelOf", c.title()));
            buttons.add(cancel);
        }
        buttons.addClassName("cv-buttons");
        row.add(buttons);
        return row;
    }

    private void confirmCancel(ConveningItem c) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("convening.cancel.header", c.title()),
                getTranslation("convening.cancel.text"), getTranslation("convening.cancel.confirm"), e -> cancel(c));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("convening.cancel.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("convening-cancel-dialog");
        dialog.open();
    }

    void cancel(ConveningItem c) {
        try {
            convenings.cancel(c.id(), c.version());
            Notices.success(getTranslation("convening.cancelled"));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("convening.conflict"));
        }
        refresh();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("convenings.manageTitle");
    }
}
