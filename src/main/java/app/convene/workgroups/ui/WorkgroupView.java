package app.convene.workgroups.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.WorkgroupRoles;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.PagedList;
import app.convene.shared.ui.RouteIds;
import app.convene.shared.ui.TabSheets;
import app.convene.workgroups.ActivityView;
import app.convene.workgroups.MemberView;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.NoteView;
import app.convene.workgroups.WorkgroupDetails;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupUnavailableException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** A workgroup's page: public facts for all; charter, notes, members and activity for its members. */
@Route(value = "workgroups/:id", layout = MainLayout.class)
@AnonymousAllowed
class WorkgroupView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final WorkgroupService workgroups;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;
    private final PersonService persons;
    private final Validator validator;
    private final Clock clock;
    private WorkgroupDetails workgroup;
    private InitiativeDirectory.InitiativeRef initiative;

    final TextArea reason = new TextArea();
    final Button askToJoin = new Button();
    final Paragraph joinMessage = new Paragraph();
    JoinRequestsPanel requestsPanel;
    final Grid<MemberView> members = new Grid<>();
    final Select<NoteKind> noteKind = new Select<>();
    final TextField noteTitle = new TextField();
    final DatePicker noteDate = new DatePicker();
    final TextArea noteBody = new TextArea();
    final ComboBox<MemberView> actionOwner = new ComboBox<>();
    final DatePicker actionDue = new DatePicker();
    final Button addNote = new Button();
    Div notesList = new Div();
    TabSheet tabs;

    WorkgroupView(WorkgroupService workgroups, InitiativeDirectory initiatives, Authorization authorization,
                  PersonService persons, Validator validator, Clock clock) {
        // Listeners once, here: the page is rebuilt after each change and reused between workgroups.
        askToJoin.addClickListener(click -> ask());
        noteKind.addValueChangeListener(e -> {
            boolean action = e.getValue() == NoteKind.ACTION;
            actionOwner.setVisible(action);
            actionDue.setVisible(action);
        });
        addNote.addClickListener(click -> saveNote());
        this.workgroups = workgroups;
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.persons = persons;
        this.validator = validator;
        this.clock = clock;
        addClassName("cv-page");
        addClassName("cv-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = RouteIds.id(event, "id").orElseThrow();
            workgroup = workgroups.details(id);
            initiative = initiatives.findById(workgroup.initiativeId()).orElseThrow();
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void render() {
        removeAll();
        workgroup = workgroups.details(workgroup.id());
        Nav breadcrumb = new Nav(new Anchor("initiatives/" + initiative.slug(), initiative.name()));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        add(breadcrumb, new H1(workgroup.name()));
        if (workgroup.goal() != null) {
            Span goal = new Span(getTranslation("workgroup.goal", workgroup.goal()));
            goal.addClassName("cv-region");
            add(goal);
        }
        add(new Paragraph(facts()), viewerActions());
        if (!authorization.canInWorkgroup(Action.READ_WORKGROUP, workgroup.id())) {
            return;
        }
        tabs = TabSheets.growing();
        tab("charter", workgroup.charter() == null || workgroup.charter().isBlank()
                ? new Paragraph(getTranslation("workgroup.noCharter")) : new MarkdownView(workgroup.charter()));
        tab("notes", notesTab());
        tab("members", membersTab());
        if (authorization.canInWorkgroup(Action.DECIDE_JOIN_REQUESTS, workgroup.id())) {
            tab("requests", requestsTab());
        }
        tab("activity", activityTab());
        if (authorization.can(Action.VIEW_WORKGROUP_BALANCE, workgroup.initiativeId())) {
            tab("balance", balanceTab());
        }
        if (authorization.can(Action.MANAGE_WORKGROUPS, workgroup.initiativeId())) {
            tab("settings", settingsTab());
        }
        add(tabs);
    }

    private void tab(String key, Component content) {
        tabs.add(getTranslation("workgroup.tab." + key), content);
    }

    private String facts() {
        String capacity = workgroup.capacity() == null ? "" : " " + getTranslation("workgroup.capacity", workgroup.capacity());
        String state = getTranslation(workgroup.closed() ? "workgroup.closed"
                : workgroup.accepting() ? "workgroup.accepting" : "workgroup.full");
        return getTranslation("workgroup.members", workgroup.members()) + capacity + " · " + state;
    }

    private Component viewerActions() {
        Div box = new Div();
        box.addClassName("cv-detail");
        joinMessage.addClassName("cv-form-error");
        joinMessage.getElement().setAttribute("role", "alert");
        joinMessage.setVisible(false);
        if (authorization.currentActor().isEmpty()) {
            if (workgroup.accepting()) {
                Anchor signIn = new Anchor("/oauth2/authorization/keycloak", getTranslation("workgroup.signInToJoin"));
                signIn.setRouterIgnore(true);
                box.add(signIn);
                return box;
            }
            return new Div();
        }
        if (workgroup.myRole() != null) {
            Button leave = new Button(getTranslation("workgroup.leave"), click -> {
                workgroups.leave(workgroup.id());
                render();
            });
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(new Paragraph(getTranslation(workgroup.myRole() == WorkgroupRoles.Role.LEAD
                    ? "workgroup.youLead" : "workgroup.youBelong")), leave);
            return box;
        }
        if (workgroup.myRequestId() != null) {
            Button withdraw = new Button(getTranslation("workgroup.withdraw"), click -> {
                workgroups.withdraw(workgroup.myRequestId());
                render();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(new Paragraph(getTranslation("workgroup.requestWaiting")), withdraw);
            return box;
        }
        if (!authorization.can(Action.REQUEST_TO_JOIN_WORKGROUP, workgroup.initiativeId())) {
            box.add(new Paragraph(getTranslation("workgroup.joinInitiativeFirst")),
                    new Anchor("initiatives/" + initiative.slug() + "/join", getTranslation("initiative.join")));
            return box;
        }
        if (!workgroup.accepting()) {
            return new Div();
        }
        reason.setLabel(getTranslation("workgroup.reason"));
        reason.setHelperText(getTranslation("workgroup.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        askToJoin.setText(getTranslation("workgroup.askToJoin"));
        askToJoin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H2(getTranslation("workgroup.askToJoin")), reason, joinMessage, askToJoin);
        return box;
    }

    void ask() {
        try {
            workgroups.requestToJoin(workgroup.id(), reason.getValue());
        } catch (WorkgroupUnavailableException e) {
            joinMessage.setText(getTranslation("workgroup.unavailable." + e.reason()));
            joinMessage.setVisible(true);
            return;
        }
        notice(getTranslation("workgroup.requestSent"));
        render();
    }

    private Component notesTab() {
        Div tab = new Div();
        if (authorization.canInWorkgroup(Action.WRITE_WORKGROUP_NOTES, workgroup.id())) {
            tab.add(noteForm());
        }
        notesList = new Div(new PagedList<>(page -> workgroups.notes(workgroup.id(), page), this::note, 10,
                getTranslation("workgroup.moreNotes")));
        tab.add(notesList);
        return tab;
    }

    private Component noteForm() {
        noteKind.setLabel(getTranslation("note.kind"));
        noteKind.setItems(NoteKind.values());
        noteKind.setItemLabelGenerator(k -> getTranslation("note.kind." + k.name()));
        noteKind.setValue(NoteKind.MEETING);
        noteTitle.setLabel(getTranslation("note.title"));
        noteTitle.setMaxLength(200);
        noteTitle.setRequiredIndicatorVisible(true);
        noteDate.setLabel(getTranslation("note.date"));
        noteDate.setValue(LocalDate.now(clock));
        noteDate.setLocale(ConveneI18NProvider.supported(getLocale()));
        noteBody.setLabel(getTranslation("note.body"));
        noteBody.setHelperText(getTranslation("note.body.help"));
        noteBody.setMaxLength(20_000);
        noteBody.setWidthFull();
        actionOwner.setLabel(getTranslation("note.owner"));
        actionOwner.setItemLabelGenerator(MemberView::name);
        actionOwner.setItems(query -> workgroups.members(workgroup.id(), PageRequest.of(query.getPage(),
                query.getPageSize())).stream().filter(m -> m.name().toLowerCase().contains(
                query.getFilter().orElse("").toLowerCase())));
        actionOwner.setVisible(false);
        actionDue.setLabel(getTranslation("note.due"));
        actionDue.setVisible(false);
        actionDue.setLocale(ConveneI18NProvider.supported(getLocale()));
        addNote.setText(getTranslation("note.add"));
        addNote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(noteKind, noteTitle, noteDate, actionOwner, actionDue);
        row.addClassName("cv-form-row");
        Div form = new Div(new H3(getTranslation("note.new")), row, noteBody, addNote);
        form.addClassName("cv-detail");
        return form;
    }

    void saveNote() {
        NewNote note = new NewNote(noteKind.getValue(), noteTitle.getValue(), noteBody.getValue(), noteDate.getValue(),
                actionOwner.getValue() == null ? null : actionOwner.getValue().personId(), actionDue.getValue());
        Set<ConstraintViolation<NewNote>> violations = validator.validate(note);
        noteTitle.setInvalid(false);
        noteDate.setInvalid(false);
        actionOwner.setInvalid(false);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<NewNote> v : violations) {
                switch (v.getPropertyPath().toString()) {
                    case "title" -> invalid(noteTitle, "note.error.title");
                    case "date" -> invalid(noteDate, "note.error.date");
                    case "actionComplete" -> invalid(actionOwner, "note.error.action");
                    case "body" -> invalid(noteBody, "note.error.body");
                    default -> { }
                }
            }
            return;
        }
        workgroups.addNote(workgroup.id(), note);
        noteTitle.clear();
        noteBody.clear();
        actionOwner.clear();
        actionDue.clear();
        notesList.removeAll();
        notesList.add(new PagedList<>(page -> workgroups.notes(workgroup.id(), page), this::note, 10,
                getTranslation("workgroup.moreNotes")));
        notice(getTranslation("note.added"));
    }

    private void invalid(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private Component note(NoteView note) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale()));
        Span kind = new Span(getTranslation("note.kind." + note.kind().name()));
        kind.addClassName("cv-badge");
        Span meta = new Span(format.format(note.date()) + (note.author().isBlank() ? "" : " · " + note.author()));
        meta.addClassName("cv-facts");
        Article article = new Article(new H3(note.title()), kind, meta, new MarkdownView(note.markdown()));
        article.addClassName("cv-card");
        if (note.kind() == NoteKind.ACTION) {
            String status = note.actionDoneAt() == null ? getTranslation("note.open") : getTranslation("note.done");
            article.add(new Paragraph(getTranslation("note.actionLine", note.actionOwner(), format.format(note.actionDue()),
                    status)));
            boolean mayClose = note.actionDoneAt() == null && (authorization.canInWorkgroup(Action.WRITE_WORKGROUP_NOTES,
                    workgroup.id()) || authorization.currentActor().map(a -> a.personId())
                    .filter(id -> id.equals(note.actionOwnerId())).isPresent());
            if (mayClose) {
                Button done = new Button(getTranslation("note.markDone"), click -> {
                    workgroups.markDone(note.id());
                    render();
                });
                done.setAriaLabel(getTranslation("note.markDoneLabel", note.title()));
                article.add(done);
            }
        }
        return article;
    }

    private Component membersTab() {
        boolean manage = authorization.canInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroup.id());
        members.removeAllColumns();
        members.addColumn(MemberView::name).setHeader(getTranslation("queue.name")).setAutoWidth(true);
        members.addColumn(m -> m.organization() == null ? "" : m.organization())
                .setHeader(getTranslation("join.organization")).setAutoWidth(true);
        members.addColumn(m -> m.sector() == null ? "" : getTranslation("sector." + m.sector().name()))
                .setHeader(getTranslation("join.sector")).setAutoWidth(true);
        members.addColumn(m -> getTranslation("workgroup.role." + m.role().name())).setHeader(getTranslation("roles.column.role"))
                .setAutoWidth(true);
        if (manage) {
            members.addComponentColumn(this::memberActions).setHeader(getTranslation("roles.column.actions")).setAutoWidth(true);
        }
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        members.setAriaLabel(getTranslation("workgroup.tab.members"));
        members.setHeight("24rem");
        members.setItems(query -> workgroups.members(workgroup.id(), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        return members;
    }

    private Component memberActions(MemberView member) {
        Div actions = new Div();
        if (member.role() != WorkgroupRoles.Role.LEAD) {
            Button coLead = new Button(getTranslation("workgroup.makeCoLead"), click -> {
                workgroups.makeCoLead(workgroup.id(), member.personId());
                members.getDataProvider().refreshAll();
            });
            coLead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            coLead.setAriaLabel(getTranslation("workgroup.makeCoLeadLabel", member.name()));
            actions.add(coLead);
        }
        Button remove = new Button(getTranslation("roles.remove"), click -> {
            workgroups.removeMember(workgroup.id(), member.personId());
            render();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("workgroup.removeLabel", member.name()));
        actions.add(remove);
        return actions;
    }

    private Component requestsTab() {
        requestsPanel = new JoinRequestsPanel(workgroups, workgroup.id(), () -> members.getDataProvider().refreshAll());
        return requestsPanel;
    }

    private Component activityTab() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(getLocale())).withZone(ZoneId.systemDefault());
        return new PagedList<>(page -> workgroups.activity(workgroup.id(), page), (ActivityView a) -> {
            Span line = new Span(format.format(a.at()) + " · " + getTranslation("activity." + a.kind(), a.actor(),
                    a.detail() == null ? "" : a.detail()));
            return line;
        }, 20, getTranslation("workgroup.moreActivity"));
    }

    private Component balanceTab() {
        Map<String, Map<String, Long>> balance = workgroups.balance(workgroup.id());
        Div tab = new Div(new Paragraph(getTranslation("participation.note")));
        tab.add(counts("participation.bySector", balance.get("sector"), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : getTranslation("sector." + key)));
        tab.add(counts("participation.byRegion", balance.get("region"), key -> key.isEmpty()
                ? getTranslation("participation.unknown") : key));
        return tab;
    }

    private Component counts(String titleKey, Map<String, Long> counts, java.util.function.Function<String, String> label) {
        UnorderedList list = new UnorderedList();
        counts.forEach((key, count) -> list.add(new ListItem(label.apply(key) + ": "
                + (count == null ? getTranslation("participation.fewerThan5") : count.toString()))));
        return new Div(new H3(getTranslation(titleKey)), list);
    }

    private Component settingsTab() {
        TextField name = new TextField(getTranslation("workgroup.name"));
        name.setValue(workgroup.name());
        name.setMaxLength(200);
        TextArea charter = new TextArea(getTranslation("workgroup.charter"));
        charter.setValue(workgroup.charter() == null ? "" : workgroup.charter());
        charter.setHelperText(getTranslation("note.body.help"));
        charter.setWidthFull();
        IntegerField capacity = new IntegerField(getTranslation("workgroup.capacityField"));
        capacity.setMin(1);
        capacity.setHelperText(getTranslation("workgroup.capacityField.help"));
        capacity.setValue(workgroup.capacity());
        Checkbox closed = new Checkbox(getTranslation("workgroup.closedField"), workgroup.closed());
        Paragraph message = new Paragraph();
        message.addClassName("cv-form-error");
        message.setVisible(false);
        Button save = new Button(getTranslation("workgroup.saveSettings"), click -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("workgroup.error.name"));
                name.setInvalid(true);
                return;
            }
            if (capacity.getValue() != null && capacity.getValue() < 1) {
                capacity.setErrorMessage(getTranslation("workgroup.error.capacity"));
                capacity.setInvalid(true);
                return;
            }
            try {
                workgroups.configure(workgroup.id(), workgroup.version(), name.getValue(), charter.getValue(),
                        capacity.getValue(), closed.getValue());
            } catch (OptimisticLockingFailureException e) {
                message.setText(getTranslation("workgroup.conflict"));
                message.setVisible(true);
                return;
            }
            notice(getTranslation("workgroup.settingsSaved"));
            render();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ComboBox<PersonSummary> lead = new ComboBox<>(getTranslation("workgroup.setLead"));
        lead.setItemLabelGenerator(PersonSummary::label);
        lead.setItems(query -> persons.search(workgroup.initiativeId(), query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        Button makeLead = new Button(getTranslation("workgroup.makeLead"), click -> {
            if (lead.getValue() != null) {
                workgroups.setLead(workgroup.id(), lead.getValue().id());
                render();
            }
        });
        Div leadRow = new Div(lead, makeLead);
        leadRow.addClassName("cv-form-row");
        Div tab = new Div(name, charter, capacity, closed, message, save, leadRow);
        tab.addClassName("cv-form");
        return tab;
    }

    private static void notice(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
