package app.convene.convenings.ui;

import app.convene.convenings.ConveningDraft;
import app.convene.convenings.ConveningFormat;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningKind;
import app.convene.convenings.ConveningService;
import app.convene.convenings.ConveningVisibility;
import app.convene.convenings.SeriesDates;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.Selects;
import app.convene.workgroups.WorkgroupSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds a convening (or a series of them) and changes one; times are the initiative's wall-clock times.
 * Problems are shown by their fields and nothing typed is lost.
 */
class ConveningForm extends Section {

    private final ConveningService convenings;
    private final InitiativeRef initiative;
    private final List<WorkgroupSummary> workgroups;
    private final Runnable saved;
    private ConveningItem editing;

    final H2 heading = new H2();
    final Select<ConveningKind> kind = new Select<>();
    final TextField title = text("convening-title", "convening.title", 200);
    final TextArea description = new TextArea(getTranslation("convening.description"));
    final DatePicker date = new DatePicker(getTranslation("convening.date"));
    final TimePicker startTime = new TimePicker(getTranslation("convening.startTime"));
    final DatePicker endDate = new DatePicker(getTranslation("convening.endDate"));
    final TimePicker endTime = new TimePicker(getTranslation("convening.endTime"));
    final Select<ConveningFormat> format = new Select<>();
    final TextField venue = text("convening-venue", "convening.venue", 300);
    final TextField address = text("convening-address", "convening.address", 500);
    final TextArea accessNotes = new TextArea(getTranslation("convening.accessNotes"));
    final TextField onlineLink = text("convening-online-link", "convening.onlineLink", 1000);
    final IntegerField capacity = new IntegerField(getTranslation("convening.capacity"));
    final DatePicker deadlineDate = new DatePicker(getTranslation("convening.deadlineDate"));
    final TimePicker deadlineTime = new TimePicker(getTranslation("convening.deadlineTime"));
    final Select<ConveningVisibility> visibility = new Select<>();
    final Select<WorkgroupSummary> hostWorkgroup = new Select<>();
    final Select<PhaseRef> phase = new Select<>();
    final Checkbox series = new Checkbox(getTranslation("convening.asSeries"));
    final TextField seriesTitle = text("convening-series-title", "convening.seriesTitle", 200);
    final IntegerField occurrences = new IntegerField(getTranslation("convening.occurrences"));
    final Checkbox monthly = new Checkbox(getTranslation("convening.monthly"));
    final Checkbox wholeSeries = new Checkbox(getTranslation("convening.wholeSeries"));
    final FormError message = new FormError();
    final Button save = new Button();

    ConveningForm(ConveningService convenings, InitiativeRef initiative, List<WorkgroupSummary> workgroups,
                  Runnable saved) {
        this.convenings = convenings;
        this.initiative = initiative;
        this.workgroups = workgroups;
        this.saved = saved;
        setId("convening-form");
        heading.setId("convening-form-heading");
        getElement().setAttribute("aria-labelledby", "convening-form-heading");
        addClassName("cv-detail");
        choices();
        ids();
        FieldErrors.manual(fields());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button close = new Button(getTranslation("convening.close"), click -> setVisible(false));
        close.setId("convening-close");
        series.addValueChangeListener(e -> showSeries(e.getValue()));
        Div when = row(date, startTime, endDate, endTime);
        Div where = row(format, venue, address);
        Div who = row(visibility, hostWorkgroup, phase, capacity, deadlineDate, deadlineTime);
        Div seriesRow = row(series, seriesTitle, occurrences, monthly);
        Div buttons = row(save, close);
        buttons.addClassName("cv-buttons");
        add(heading, row(kind, title), description, when, where, accessNotes, onlineLink, who, seriesRow, wholeSeries,
                message, buttons);
        setVisible(false);
    }

    private void choices() {
        choose(kind, "convening.kind", List.of(ConveningKind.values()), k -> getTranslation("convening.kind." + k.name()));
        choose(format, "convening.format", List.of(ConveningFormat.values()),
                f -> getTranslation("convening.format." + f.name()));
        choose(visibility, "convening.visibility", List.of(ConveningVisibility.values()),
                v -> getTranslation("convening.visibility." + v.name()));
        Selects.required(kind);
        Selects.required(format);
        Selects.required(visibility);
        hostWorkgroup.setLabel(getTranslation("convening.hostWorkgroup"));
        hostWorkgroup.setItems(workgroups);
        hostWorkgroup.setItemLabelGenerator(w -> w == null ? getTranslation("convening.noWorkgroup") : w.name());
        hostWorkgroup.setEmptySelectionAllowed(true);
        hostWorkgroup.setEmptySelectionCaption(getTranslation("convening.noWorkgroup"));
        phase.setLabel(getTranslation("convening.phase"));
        phase.setItems(initiative.phases());
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("convening.noPhase") : p.name());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("convening.noPhase"));
        description.setMaxLength(10_000);
        accessNotes.setMaxLength(2_000);
        capacity.setMin(1);
        occurrences.setMin(2);
        occurrences.setMax(52);
        title.setRequiredIndicatorVisible(true);
        date.setRequiredIndicatorVisible(true);
        startTime.setRequiredIndicatorVisible(true);
        endTime.setRequiredIndicatorVisible(true);
    }

    private void ids() {
        kind.setId("convening-kind");
        description.setId("convening-description");
        date.setId("convening-date");
        startTime.setId("convening-start-time");
        endDate.setId("convening-end-date");
        endTime.setId("convening-end-time");
        format.setId("convening-format");
        accessNotes.setId("convening-access-notes");
        capacity.setId("convening-capacity");
        deadlineDate.setId("convening-deadline-date");
        deadlineTime.setId("convening-deadline-time");
        visibility.setId("convening-visibility");
        hostWorkgroup.setId("convening-host-workgroup");
        phase.setId("convening-phase");
        series.setId("convening-series");
        occurrences.setId("convening-occurrences");
        monthly.setId("convening-monthly");
        wholeSeries.setId("convening-whole-series");
        save.setId("convening-save");
    }

    /** Opens the form for a new convening ({@code null}) or to change one. */
    void open(ConveningItem convening) {
        editing = convening;
        FieldErrors.clear(fields());
        message.clear();
        heading.setText(getTranslation(convening == null ? "convening.new" : "convening.edit"));
        save.setText(getTranslation(convening == null ? "convening.add" : "convening.saveChanges"));
        series.setVisible(convening == null);
        series.setValue(false);
        showSeries(false);
        wholeSeries.setVisible(convening != null && convening.seriesId() != null);
        wholeSeries.setValue(false);
        ConveningDraft d = convening == null ? null : convenings.forEditing(convening.id());
        kind.setValue(d == null ? ConveningKind.SESSION : d.kind());
        title.setValue(d == null ? "" : d.title());
        description.setValue(d == null || d.description() == null ? "" : d.description());
        date.setValue(d == null ? null : d.start().toLocalDate());
        startTime.setValue(d == null ? null : d.start().toLocalTime());
        endDate.setValue(d == null ? null : d.end().toLocalDate());
        endTime.setValue(d == null ? null : d.end().toLocalTime());
        format.setValue(d == null ? ConveningFormat.ONLINE : d.format());
        venue.setValue(d == null || d.venue() == null ? "" : d.venue());
        address.setValue(d == null || d.address() == null ? "" : d.address());
        accessNotes.setValue(d == null || d.accessNotes() == null ? "" : d.accessNotes());
        onlineLink.setValue(d == null || d.onlineLink() == null ? "" : d.onlineLink());
        capacity.setValue(d == null ? null : d.capacity());
        deadlineDate.setValue(d == null || d.rsvpDeadline() == null ? null : d.rsvpDeadline().toLocalDate());
        deadlineTime.setValue(d == null || d.rsvpDeadline() == null ? null : d.rsvpDeadline().toLocalTime());
        visibility.setValue(d == null ? ConveningVisibility.MEMBERS : d.visibility());
        hostWorkgroup.setValue(d == null || d.hostWorkgroupId() == null ? null : workgroups.stream()
                .filter(w -> w.id() == d.hostWorkgroupId()).findFirst().orElse(null));
        phase.setValue(d == null || d.phaseId() == null ? null : initiative.phases().stream()
                .filter(p -> p.id() == d.phaseId()).findFirst().orElse(null));
        setVisible(true);
        title.focus();
    }

    ConveningDraft draft() {
        LocalDateTime start = date.getValue() == null || startTime.getValue() == null ? null
                : date.getValue().atTime(startTime.getValue());
        LocalDateTime end = endTime.getValue() == null || (endDate.getValue() == null && date.getValue() == null) ? null
                : Objects.requireNonNullElse(endDate.getValue(), date.getValue()).atTime(endTime.getValue());
        LocalDateTime deadline = deadlineDate.getValue() == null ? null
                : deadlineDate.getValue().atTime(Objects.requireNonNullElse(deadlineTime.getValue(), java.time.LocalTime.NOON));
        return new ConveningDraft(kind.getValue(), title.getValue(), description.getValue(), start, end,
                format.getValue(), venue.getValue(), address.getValue(), accessNotes.getValue(), onlineLink.getValue(),
                capacity.getValue(), deadline, visibility.getValue(),
                hostWorkgroup.getValue() == null ? null : hostWorkgroup.getValue().id(),
                phase.getValue() == null ? null : phase.getValue().id());
    }

    void save() {
        FieldErrors.clear(fields());
        message.clear();
        try {
            ConveningDraft draft = draft();
            if (editing == null && series.getValue()) {
                if (draft.start() == null) {
                    throw new ValidationError("start", "convening.error.required");
                }
                int count = occurrences.getValue() == null ? 0 : occurrences.getValue();
                convenings.createSeries(initiative.id(), seriesTitle.getValue(), draft,
                        SeriesDates.every(draft.start().toLocalDate(), count,
                                monthly.getValue() ? Period.ofMonths(1) : Period.ofWeeks(1)));
            } else if (editing == null) {
                convenings.create(initiative.id(), draft);
            } else if (wholeSeries.getValue()) {
                convenings.changeSeries(editing.seriesId(), draft);
            } else {
                convenings.update(editing.id(), editing.version(), draft);
            }
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            message.show(text);
            HasValidation field = byName().get(Objects.requireNonNullElse(e.field(), ""));
            if (field != null) {
                FieldErrors.show(field, text);
            }
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("convening.conflict"));
            return;
        }
        Notices.success(getTranslation("convening.saved"));
        setVisible(false);
        saved.run();
    }

    private Map<String, HasValidation> byName() {
        return Map.ofEntries(Map.entry("kind", kind), Map.entry("title", title), Map.entry("description", description),
                Map.entry("start", startTime), Map.entry("end", endTime), Map.entry("format", format),
                Map.entry("venue", venue), Map.entry("address", address), Map.entry("accessNotes", accessNotes),
                Map.entry("onlineLink", onlineLink), Map.entry("capacity", capacity),
                Map.entry("rsvpDeadline", deadlineDate), Map.entry("visibility", visibility),
                Map.entry("hostWorkgroup", hostWorkgroup), Map.entry("phase", phase),
                Map.entry("seriesTitle", seriesTitle), Map.entry("occurrences", occurrences));
    }

    private HasValidation[] fields() {
        return byName().values().toArray(HasValidation[]::new);
    }

    private void showSeries(boolean shown) {
        seriesTitle.setVisible(shown);
        occurrences.setVisible(shown);
        monthly.setVisible(shown);
    }

    private TextField text(String id, String label, int max) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private static <T> void choose(Select<T> select, String label, List<T> items,
                                   com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setLabel(select.getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(labels);
    }

    private static Div row(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.addClassName("cv-form-row");
        return row;
    }
}
