package app.convene.timeline.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.FieldErrors;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.ui.MainLayout;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneInUseException;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.timeline.MilestoneValidationException;
import app.convene.timeline.MilestoneView;
import app.convene.timeline.ProgressEntry;
import app.convene.timeline.TimelineSvg;
import app.convene.workgroups.WorkgroupService;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The initiative's timeline: the drawing, the same facts as a table, status updates and new milestones. */
@Route(value = "initiatives/:slug/timeline", layout = MainLayout.class)
@AnonymousAllowed
class TimelineView extends InitiativePage {

    private final MilestoneService milestones;
    private final WorkgroupService workgroups;
    private final Authorization authorization;
    private final Validator validator;
    private final Clock clock;
    private final app.convene.security.PersonService persons;
    private List<MilestoneView> all = List.of();
    MilestoneForm form;

    Select<WorkgroupSummary> workgroup;
    Select<MilestoneStatus> status;
    Select<TimelineSvg.Zoom> zoom;
    Div drawing;
    Grid<MilestoneView> table;
    Div detail;
    Select<MilestoneStatus> newStatus;
    TextArea progressNote;
    Paragraph statusMessage;
    /** The open confirmation (cancel or delete a milestone), and the reason typed into it. */
    ConfirmDialog confirm;
    TextArea cancelReason;

    TimelineView(InitiativeDirectory initiatives, MilestoneService milestones, WorkgroupService workgroups,
                 Authorization authorization, Validator validator, Clock clock, app.convene.security.PersonService persons) {
        super(initiatives);
        this.persons = persons;
        this.milestones = milestones;
        this.workgroups = workgroups;
        this.authorization = authorization;
        this.validator = validator;
        this.clock = clock;
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
        detail = new Div();
        newStatus = new Select<>();
        progressNote = new TextArea();
        statusMessage = new Paragraph();
        Anchor feed = new Anchor("/calendar/" + initiative.slug() + ".ics", getTranslation("timeline.feed"));
        feed.setRouterIgnore(true);
        Nav links = new Nav(feed);
        links.addClassName("cv-manage");
        links.setAriaLabel(getTranslation("timeline.links"));
        if (authorization.can(Action.MANAGE_TIMELINE, initiative.id())) {
            links.add(new Anchor(initiativePath() + "/dashboard", getTranslation("dashboard.title")),
                    new Anchor(initiativePath() + "/phases", getTranslation("phase.title")));
        }
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("timeline.title")), links);

        workgroup.setLabel(getTranslation("timeline.workgroup"));
        workgroup.setItems(workgroups.list(initiative.id(), PageRequest.of(0, 200)).getContent());
        workgroup.setItemLabelGenerator(w -> w == null ? getTranslation("timeline.allWorkgroups") : w.name());
        workgroup.setEmptySelectionAllowed(true);
        workgroup.setEmptySelectionCaption(getTranslation("timeline.allWorkgroups"));
        status.setLabel(getTranslation("timeline.status"));
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("timeline.allStatuses") : getTranslation("milestone.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("timeline.allStatuses"));
        zoom.setLabel(getTranslation("timeline.zoom"));
        zoom.setItems(TimelineSvg.Zoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("timeline.zoom." + z.name()));
        zoom.setValue(TimelineSvg.suggestedZoom(initiative.phases(), milestones.visible(initiative.id())));
        workgroup.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        zoom.addValueChangeListener(e -> refresh());
        Div filters = new Div(workgroup, status, zoom);
        filters.addClassName("cv-form-row");
        filters.getElement().setAttribute("role", "search");

        drawing.addClassName("cv-timeline-scroll");
        drawing.getElement().setAttribute("tabindex", "0");
        drawing.getElement().setAttribute("role", "region");
        drawing.getElement().setAttribute("aria-label", getTranslation("timeline.drawing"));

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale()));
        Map<Long, PhaseRef> phases = initiative.phases().stream().collect(Collectors.toMap(PhaseRef::id, p -> p));
        table.removeAllColumns();
        table.addColumn(MilestoneView::title).setHeader(getTranslation("milestone.title")).setFlexGrow(1);
        table.addColumn(m -> phaseText(m, phases)).setHeader(getTranslation("milestone.phase")).setAutoWidth(true);
        table.addColumn(m -> Objects.toString(m.ownerWorkgroup() != null ? m.ownerWorkgroup() : m.ownerPerson(), ""))
                .setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        table.addColumn(m -> m.start() == null ? "" : format.format(m.start())).setHeader(getTranslation("milestone.start"))
                .setAutoWidth(true);
        table.addColumn(m -> format.format(m.due())).setHeader(getTranslation("milestone.due")).setAutoWidth(true);
        table.addColumn(m -> getTranslation("milestone.status." + m.status().name())
                + (m.overdueOn(LocalDate.now(clock)) ? " · " + getTranslation("milestone.overdue") : ""))
                .setHeader(getTranslation("timeline.status")).setAutoWidth(true);
        table.setPartNameGenerator(m -> m.status() == MilestoneStatus.CANCELLED ? "cv-cancelled" : null);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("timeline.table"));
        table.setHeight("24rem");
        table.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        add(filters, drawing, new H2(getTranslation("timeline.table")), table, detail);
        form = null;
        if (authorization.can(Action.MANAGE_TIMELINE, initiative.id())) {
            form = new MilestoneForm();
            add(form);
        }
        refresh();
    }

    /** The phase's name, and "outside its phase" when the milestone's dates leave it. */
    private String phaseText(MilestoneView m, Map<Long, PhaseRef> phases) {
        PhaseRef phase = m.phaseId() == null ? null : phases.get(m.phaseId());
        if (phase == null) {
            return "";
        }
        return phase.name() + (m.outside(phase) ? " · ⚠ " + getTranslation("milestone.outsidePhase") : "");
    }

    void refresh() {
        all = milestones.visible(initiative.id());
        List<MilestoneView> shown = all.stream()
                .filter(m -> workgroup.getValue() == null || Objects.equals(m.ownerWorkgroupId(), workgroup.getValue().id()))
                .filter(m -> status.getValue() == null || m.status() == status.getValue())
                .toList();
        drawing.removeAll();
        TimelineSvg.Zoom scale = zoom.getValue() == null ? TimelineSvg.Zoom.MONTH : zoom.getValue();
        drawing.add(new Html(TimelineSvg.render(initiative.phases(), shown, LocalDate.now(clock), scale,
                new TimelineSvg.Labels(getTranslation("timeline.svgTitle", initiative.name()), getTranslation("timeline.today"),
                        s -> getTranslation("milestone.status." + s.name()), ConveneI18NProvider.supported(getLocale()),
                        getTranslation("milestone.outsidePhase")))));
        table.setItems(shown);
        select(null);
    }

    void select(MilestoneView milestone) {
        detail.removeAll();
        if (milestone == null) {
            return;
        }
        detail.addClassName("cv-detail");
        detail.add(new H2(milestone.title()));
        if (milestone.description() != null) {
            detail.add(new Paragraph(milestone.description()));
        }
        boolean mayUpdate = milestone.ownerWorkgroupId() != null
                && authorization.canInWorkgroup(Action.UPDATE_MILESTONE_STATUS, milestone.ownerWorkgroupId())
                || authorization.can(Action.UPDATE_MILESTONE_STATUS, initiative.id());
        if (mayUpdate) {
            newStatus.setLabel(getTranslation("timeline.newStatus"));
            newStatus.setId("milestone-new-status");
            boolean cancelled = milestone.status() == MilestoneStatus.CANCELLED;
            newStatus.setItems(statusesToChoose(false));
            newStatus.setItemLabelGenerator(s -> getTranslation("milestone.status." + s.name()));
            newStatus.setValue(cancelled ? MilestoneStatus.PLANNED : milestone.status());
            progressNote.setLabel(getTranslation("timeline.progressNote"));
            progressNote.setMaxLength(1000);
            progressNote.setWidthFull();
            progressNote.clear();
            statusMessage.addClassName("cv-form-error");
            statusMessage.getElement().setAttribute("role", "alert");
            statusMessage.setVisible(false);
            Button save = new Button(getTranslation(cancelled ? "milestone.reopen" : "timeline.saveStatus"),
                    click -> saveStatus(milestone));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("milestone-save-status");
            detail.add(newStatus, progressNote, statusMessage, save);
            if (!cancelled) {
                Button cancel = new Button(getTranslation("milestone.cancel"), click -> confirmCancel(milestone));
                cancel.setId("milestone-cancel");
                detail.add(cancel);
            }
        }
        if (form != null) {
            Button edit = new Button(getTranslation("milestone.edit"), click -> form.load(milestone));
            edit.setId("milestone-edit");
            Button delete = new Button(getTranslation("milestone.delete"), click -> confirmDelete(milestone));
            delete.setId("milestone-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(edit, delete);
        }
        UnorderedList history = new UnorderedList();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(getLocale())).withZone(ZoneId.systemDefault());
        for (ProgressEntry entry : milestones.history(milestone.id())) {
            history.add(new ListItem(format.format(entry.at()) + " · " + entry.actor() + " · "
                    + getTranslation("milestone.status." + entry.status().name()) + (entry.note() == null ? "" : " — " + entry.note())));
        }
        detail.add(new H2(getTranslation("timeline.history")), history);
    }

    void saveStatus(MilestoneView milestone) {
        try {
            milestones.updateStatus(milestone.id(), milestone.version(), newStatus.getValue(), progressNote.getValue());
        } catch (OptimisticLockingFailureException e) {
            statusMessage.setText(getTranslation("timeline.conflict"));
            statusMessage.setVisible(true);
            all = milestones.visible(initiative.id());
            return;
        }
        Notification.show(getTranslation("timeline.statusSaved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    /** The statuses a form offers: cancelling has its own button, as it needs a reason. */
    static List<MilestoneStatus> statusesToChoose(boolean withCancelled) {
        return java.util.Arrays.stream(MilestoneStatus.values())
                .filter(s -> withCancelled || s != MilestoneStatus.CANCELLED).toList();
    }

    /** Asks for the reason, says what cancelling does, and cancels (a stale milestone is refused). */
    void confirmCancel(MilestoneView milestone) {
        confirmCancel(milestone, false);
    }

    private void confirmCancel(MilestoneView milestone, boolean reasonMissing) {
        cancelReason = new TextArea(getTranslation("milestone.cancel.reason"));
        cancelReason.setMaxLength(1000);
        cancelReason.setRequiredIndicatorVisible(true);
        cancelReason.setManualValidation(true);
        cancelReason.setWidthFull();
        if (reasonMissing) {
            FieldErrors.show(cancelReason, getTranslation("milestone.error.cancelReason"));
        }
        confirm = dialog(getTranslation("milestone.cancel.header", milestone.title()),
                new Div(new Paragraph(getTranslation("milestone.cancel.text")), cancelReason),
                getTranslation("milestone.cancel.confirm"), getTranslation("milestone.cancel.keep"));
        confirm.addConfirmListener(yes -> {
            if (cancelReason.getValue().isBlank()) {
                confirmCancel(milestone, true); // this dialog closes: ask again, saying what is missing
                return;
            }
            act(() -> milestones.cancel(milestone.id(), milestone.version(), cancelReason.getValue()), "milestone.cancelled");
        });
        confirm.open();
    }

    /** Says what deleting does, naming the milestones that depend on this one, and deletes. */
    void confirmDelete(MilestoneView milestone) {
        List<String> dependents = milestones.dependents(milestone.id());
        Div text = new Div(new Paragraph(getTranslation("milestone.delete.text")));
        if (!dependents.isEmpty()) {
            text.add(new Paragraph(getTranslation("milestone.delete.dependents", String.join(", ", dependents))));
        }
        confirm = dialog(getTranslation("milestone.delete.header", milestone.title()), text,
                getTranslation("milestone.delete.confirm"), getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        // Only the dependencies the dialog named are removed; one added meanwhile refuses the delete.
        confirm.addConfirmListener(yes -> act(() -> {
            if (!milestones.dependents(milestone.id()).equals(dependents)) {
                throw new MilestoneInUseException(milestones.dependents(milestone.id()));
            }
            milestones.delete(milestone.id(), milestone.version(), true);
        }, "milestone.deleted"));
        confirm.open();
    }

    private ConfirmDialog dialog(String header, Component text, String confirmText, String cancelText) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmText(confirmText);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        detail.add(dialog); // goes with the milestone's details when another is selected
        return dialog;
    }

    /** Runs a cancel or delete; a refusal is told by the milestone, success by a notice and a fresh timeline. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            statusMessage.setText(getTranslation("timeline.conflict"));
            statusMessage.setVisible(true);
            return;
        } catch (MilestoneInUseException e) {
            statusMessage.setText(getTranslation("milestone.error.inUse", String.join(", ", e.dependents())));
            statusMessage.setVisible(true);
            return;
        } catch (MilestoneValidationException e) {
            statusMessage.setText(getTranslation("milestone.error." + e.reason()));
            statusMessage.setVisible(true);
            return;
        }
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        if (form != null) {
            form.load(null);
        }
    }

    /** Coordinators add milestones; problems are shown by the fields and nothing typed is lost. */
    class MilestoneForm extends Div {
        final TextField title = new TextField(getTranslation("milestone.title"));
        final TextArea description = new TextArea(getTranslation("milestone.description"));
        final Select<PhaseRef> phase = new Select<>();
        final Select<WorkgroupSummary> owner = new Select<>();
        final DatePicker start = new DatePicker(getTranslation("milestone.start"));
        final DatePicker due = new DatePicker(getTranslation("milestone.due"));
        final Select<MilestoneStatus> state = new Select<>();
        final MultiSelectComboBox<MilestoneView> dependsOn = new MultiSelectComboBox<>(getTranslation("milestone.dependsOn"));
        final com.vaadin.flow.component.combobox.ComboBox<app.convene.security.PersonSummary> ownerPerson =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("milestone.ownerPerson"));
        final H2 heading = new H2(getTranslation("milestone.new"));
        final Button add = new Button(getTranslation("milestone.add"));
        private MilestoneView editing;
        final Checkbox isPublic = new Checkbox(getTranslation("milestone.public"));
        final Paragraph message = new Paragraph();

        MilestoneForm() {
            addClassName("cv-detail");
            title.setMaxLength(200);
            title.setRequiredIndicatorVisible(true);
            description.setMaxLength(4000);
            phase.setLabel(getTranslation("milestone.phase"));
            phase.setItems(initiative.phases());
            phase.setItemLabelGenerator(p -> p == null ? getTranslation("milestone.noPhase") : p.name());
            phase.setEmptySelectionAllowed(true);
            owner.setLabel(getTranslation("milestone.owner"));
            owner.setItems(workgroups.list(initiative.id(), PageRequest.of(0, 200)).getContent());
            owner.setItemLabelGenerator(w -> w == null ? getTranslation("milestone.noOwner") : w.name());
            owner.setEmptySelectionAllowed(true);
            due.setRequiredIndicatorVisible(true);
            state.setLabel(getTranslation("timeline.status"));
            state.setItems(statusesToChoose(false));
            state.setItemLabelGenerator(s -> getTranslation("milestone.status." + s.name()));
            state.setValue(MilestoneStatus.PLANNED);
            dependsOn.setItems(all);
            dependsOn.setItemLabelGenerator(MilestoneView::title);
            message.addClassName("cv-form-error");
            message.setVisible(false);
            FieldErrors.manual(fields());
            add.addClickListener(click -> save());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ownerPerson.setItemLabelGenerator(app.convene.security.PersonSummary::label);
            ownerPerson.setItems(query -> persons.search(initiative.id(), query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
            ownerPerson.setClearButtonVisible(true);
            Div dates = new Div(phase, owner, ownerPerson, start, due, state);
            dates.addClassName("cv-form-row");
            Button fresh = new Button(getTranslation("milestone.new"), click -> load(null));
            Div buttons = new Div(add, fresh);
            buttons.addClassName("cv-buttons");
            add(heading, title, description, dates, dependsOn, isPublic, message, buttons);
        }

        /** Shows a milestone to change, or an empty form for a new one. */
        void load(MilestoneView milestone) {
            editing = milestone;
            heading.setText(getTranslation(milestone == null ? "milestone.new" : "milestone.edit"));
            add.setText(getTranslation(milestone == null ? "milestone.add" : "milestone.saveChanges"));
            title.setValue(milestone == null ? "" : milestone.title());
            description.setValue(milestone == null || milestone.description() == null ? "" : milestone.description());
            phase.setValue(milestone == null || milestone.phaseId() == null ? null : initiative.phases().stream()
                    .filter(p -> p.id() == milestone.phaseId()).findFirst().orElse(null));
            owner.setValue(milestone == null || milestone.ownerWorkgroupId() == null ? null
                    : owner.getListDataView().getItems().filter(w -> w.id() == milestone.ownerWorkgroupId()).findFirst().orElse(null));
            ownerPerson.setValue(milestone == null || milestone.ownerPersonId() == null ? null
                    : persons.find(milestone.ownerPersonId()).orElse(null));
            start.setValue(milestone == null ? null : milestone.start());
            due.setValue(milestone == null ? null : milestone.due());
            state.setItems(statusesToChoose(milestone != null && milestone.status() == MilestoneStatus.CANCELLED));
            state.setValue(milestone == null ? MilestoneStatus.PLANNED : milestone.status());
            dependsOn.setItems(all.stream().filter(m -> milestone == null || m.id() != milestone.id()).toList());
            dependsOn.setValue(milestone == null ? Set.of() : all.stream()
                    .filter(m -> milestone.dependsOn().contains(m.id())).collect(Collectors.toSet()));
            isPublic.setValue(milestone != null && milestone.publicMilestone());
            message.setVisible(false);
            FieldErrors.clear(fields());
            title.focus();
        }

        private HasValidation[] fields() {
            return new HasValidation[] {title, description, phase, owner, ownerPerson, start, due, state, dependsOn};
        }

        void save() {
            FieldErrors.clear(fields());
            message.setVisible(false);
            MilestoneDraft draft = new MilestoneDraft(title.getValue(), description.getValue(),
                    phase.getValue() == null ? null : phase.getValue().id(),
                    owner.getValue() == null ? null : owner.getValue().id(),
                    ownerPerson.getValue() == null ? null : ownerPerson.getValue().id(), start.getValue(), due.getValue(),
                    state.getValue(), dependsOn.getValue().stream().map(MilestoneView::id).collect(Collectors.toSet()),
                    isPublic.getValue());
            Set<ConstraintViolation<MilestoneDraft>> violations = validator.validate(draft);
            if (!violations.isEmpty()) {
                for (ConstraintViolation<MilestoneDraft> v : violations) {
                    switch (v.getPropertyPath().toString()) {
                        case "title" -> invalid(title, "milestone.error.title");
                        case "due" -> invalid(due, "milestone.error.due");
                        case "dueAfterStart" -> invalid(due, "milestone.error.dates");
                        default -> { }
                    }
                }
                return;
            }
            try {
                MilestoneService.SaveResult result = milestones.save(initiative.id(),
                        editing == null ? null : editing.id(), editing == null ? null : editing.version(), draft);
                Notification.show(result.warnings().isEmpty() ? getTranslation("milestone.saved")
                                : getTranslation(result.warnings().getFirst()), 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(result.warnings().isEmpty() ? NotificationVariant.LUMO_SUCCESS
                                : NotificationVariant.LUMO_WARNING);
            } catch (MilestoneValidationException e) {
                message.setText(getTranslation("milestone.error." + e.reason()));
                message.setVisible(true);
                switch (e.field()) {
                    case "dependsOn" -> invalid(dependsOn, "milestone.error." + e.reason());
                    case "ownerWorkgroup" -> invalid(owner, "milestone.error." + e.reason());
                    case "phase" -> invalid(phase, "milestone.error." + e.reason());
                    case "status" -> invalid(state, "milestone.error." + e.reason());
                    default -> { }
                }
                return;
            } catch (OptimisticLockingFailureException e) {
                message.setText(getTranslation("timeline.conflict"));
                message.setVisible(true);
                return;
            }
            refresh();
            load(null);
        }

        private void invalid(HasValidation field, String key) {
            FieldErrors.show(field, getTranslation(key));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("timeline.title") + " · " + initiative.name();
    }

}
