package app.convene.timeline.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** Coordinators add and change milestones; problems are shown by the fields and nothing typed is lost. */
class MilestoneForm extends Div {

    /** What the form holds, field by field (the binder's property names are the service's field names). */
    public record MilestoneFields(String title, String description, PhaseRef phase, WorkgroupSummary ownerWorkgroup,
                           PersonSummary ownerPerson, LocalDate start, LocalDate due, MilestoneStatus status,
                           Set<MilestoneItem> dependsOn, Boolean publicMilestone) {

        MilestoneDraft draft() {
            return new MilestoneDraft(title, description, phase == null ? null : phase.id(),
                    ownerWorkgroup == null ? null : ownerWorkgroup.id(), ownerPerson == null ? null : ownerPerson.id(),
                    start, due, status, dependsOn.stream().map(MilestoneItem::id).collect(Collectors.toSet()),
                    Boolean.TRUE.equals(publicMilestone));
        }
    }

    private final InitiativeRef initiative;
    private final MilestoneService milestones;
    private final PersonService persons;
    private final Supplier<List<MilestoneItem>> all;
    private final Runnable saved;
    private final Binder<MilestoneFields> binder = new Binder<>(MilestoneFields.class);
    private MilestoneItem editing;

    final TextField title = new TextField(getTranslation("milestone.title"));
    final TextArea description = new TextArea(getTranslation("milestone.description"));
    final Select<PhaseRef> phase = new Select<>();
    final Select<WorkgroupSummary> owner = new Select<>();
    final ComboBox<PersonSummary> ownerPerson = new ComboBox<>(getTranslation("milestone.ownerPerson"));
    final DatePicker start = new DatePicker(getTranslation("milestone.start"));
    final DatePicker due = new DatePicker(getTranslation("milestone.due"));
    final Select<MilestoneStatus> state = new Select<>();
    final MultiSelectComboBox<MilestoneItem> dependsOn = new MultiSelectComboBox<>(getTranslation("milestone.dependsOn"));
    final Checkbox isPublic = new Checkbox(getTranslation("milestone.public"));
    final H2 heading = new H2(getTranslation("milestone.new"));
    final Button add = new Button(getTranslation("milestone.add"));
    final FormError message = new FormError();

    MilestoneForm(InitiativeRef initiative, List<WorkgroupSummary> workgroups, MilestoneService milestones,
                  PersonService persons, Supplier<List<MilestoneItem>> all, Runnable saved) {
        this.initiative = initiative;
        this.milestones = milestones;
        this.persons = persons;
        this.all = all;
        this.saved = saved;
        addClassName("cv-detail");
        title.setMaxLength(200);
        description.setMaxLength(4000);
        phase.setLabel(getTranslation("milestone.phase"));
        phase.setItems(initiative.phases());
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("milestone.noPhase") : p.name());
        phase.setEmptySelectionAllowed(true);
        owner.setLabel(getTranslation("milestone.owner"));
        owner.setItems(workgroups);
        owner.setItemLabelGenerator(w -> w == null ? getTranslation("milestone.noOwner") : w.name());
        owner.setEmptySelectionAllowed(true);
        ownerPerson.setItemLabelGenerator(PersonSummary::label);
        ownerPerson.setItems(query -> persons.search(initiative.id(), query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        ownerPerson.setClearButtonVisible(true);
        state.setLabel(getTranslation("timeline.status"));
        state.setItems(statusesToChoose(false));
        state.setItemLabelGenerator(s -> getTranslation("milestone.status." + s.name()));
        dependsOn.setItems(all.get());
        dependsOn.setItemLabelGenerator(MilestoneItem::title);
        FieldErrors.manual(fields());
        bind();
        add.addClickListener(click -> save());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div dates = new Div(phase, owner, ownerPerson, start, due, state);
        dates.addClassName("cv-form-row");
        Button fresh = new Button(getTranslation("milestone.new"), click -> load(null));
        Div buttons = new Div(add, fresh);
        buttons.addClassName("cv-buttons");
        add(heading, title, description, dates, dependsOn, isPublic, message, buttons);
        binder.readRecord(empty());
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("milestone.error.title"))
                .withValidator(t -> !t.isBlank(), getTranslation("milestone.error.title")).bind("title");
        binder.forField(description).bind("description");
        binder.forField(phase).bind("phase");
        binder.forField(owner).bind("ownerWorkgroup");
        binder.forField(ownerPerson).bind("ownerPerson");
        binder.forField(start).bind("start");
        binder.forField(due).asRequired(getTranslation("milestone.error.due"))
                .withValidator(d -> start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("milestone.error.dates")).bind("due");
        binder.forField(state).bind("status");
        binder.forField(dependsOn).bind("dependsOn");
        binder.forField(isPublic).bind("publicMilestone");
    }

    private static MilestoneFields empty() {
        return new MilestoneFields("", "", null, null, null, null, null, MilestoneStatus.PLANNED, Set.of(), false);
    }

    /** The statuses a form offers: cancelling has its own button, as it needs a reason. */
    static List<MilestoneStatus> statusesToChoose(boolean withCancelled) {
        return Arrays.stream(MilestoneStatus.values()).filter(s -> withCancelled || s != MilestoneStatus.CANCELLED).toList();
    }

    /** Shows a milestone to change, or an empty form for a new one. */
    void load(MilestoneItem milestone) {
        editing = milestone;
        heading.setText(getTranslation(milestone == null ? "milestone.new" : "milestone.edit"));
        add.setText(getTranslation(milestone == null ? "milestone.add" : "milestone.saveChanges"));
        List<MilestoneItem> others = all.get().stream().filter(m -> milestone == null || m.id() != milestone.id()).toList();
        state.setItems(statusesToChoose(milestone != null && milestone.status() == MilestoneStatus.CANCELLED));
        dependsOn.setItems(others);
        binder.readRecord(milestone == null ? empty() : new MilestoneFields(milestone.title(),
                milestone.description() == null ? "" : milestone.description(),
                milestone.phaseId() == null ? null : initiative.phases().stream()
                        .filter(p -> p.id() == milestone.phaseId()).findFirst().orElse(null),
                milestone.ownerWorkgroupId() == null ? null : owner.getListDataView().getItems()
                        .filter(w -> w.id() == milestone.ownerWorkgroupId()).findFirst().orElse(null),
                milestone.ownerPersonId() == null ? null : persons.find(milestone.ownerPersonId()).orElse(null),
                milestone.start(), milestone.due(), milestone.status(),
                others.stream().filter(m -> milestone.dependsOn().contains(m.id())).collect(Collectors.toSet()),
                milestone.publicMilestone()));
        message.clear();
        FieldErrors.clear(fields());
        title.focus();
    }

    private HasValidation[] fields() {
        return new HasValidation[] {title, description, phase, owner, ownerPerson, start, due, state, dependsOn};
    }

    void save() {
        FieldErrors.clear(fields());
        message.clear();
        MilestoneFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows each problem by its field
        }
        try {
            MilestoneService.SaveResult result = milestones.save(initiative.id(),
                    editing == null ? null : editing.id(), editing == null ? null : editing.version(), fields.draft());
            if (result.warnings().isEmpty()) {
                Notices.success(getTranslation("milestone.saved"));
            } else {
                Notification warning = Notices.success(getTranslation(result.warnings().getFirst()));
                warning.removeThemeVariants(NotificationVariant.LUMO_SUCCESS);
                warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            message.show(text);
            binder.getBinding(e.field() == null ? "" : e.field())
                    .ifPresent(binding -> FieldErrors.show((HasValidation) binding.getField(), text));
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("timeline.conflict"));
            return;
        }
        saved.run();
        load(null);
    }
}
