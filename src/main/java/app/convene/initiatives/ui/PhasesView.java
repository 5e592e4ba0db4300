package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.InitiativeService.PhaseEdit;
import app.convene.initiatives.PhaseDraft;
import app.convene.initiatives.PhaseOverlapException;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** Coordinators add, edit and reorder an initiative's phases. */
@Route(value = "initiatives/:slug/phases", layout = MainLayout.class)
@PermitAll
class PhasesView extends InitiativePage {

    /** What the phase form holds, field by field. */
    public record PhaseFields(String name, String description, LocalDate start, LocalDate end, Boolean parallel,
                              String nameTranslation) {

        static final PhaseFields EMPTY = new PhaseFields("", "", null, null, false, "");

        PhaseDraft draft() {
            return new PhaseDraft(name, description, start, end, Boolean.TRUE.equals(parallel), nameTranslation);
        }
    }

    private final InitiativeService initiatives;
    private final Authorization authorization;
    private final DateTimes dateTimes;
    private PhaseEdit editing;
    private Binder<PhaseFields> binder;

    TextField name;
    TextField nameTranslation;
    TextArea description;
    DatePicker start;
    DatePicker end;
    Checkbox parallel;
    FormError message;
    OrderedList list;

    PhasesView(InitiativeService initiatives, Authorization authorization, DateTimes dateTimes) {
        super(initiatives);
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.MANAGE_TIMELINE, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        name = new TextField(getTranslation("phase.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setId("phase-name");
        nameTranslation = new TextField(getTranslation("phase.nameTranslation"));
        nameTranslation.setMaxLength(200);
        nameTranslation.setId("phase-name-translation");
        nameTranslation.setHelperText(getTranslation("content.translationHelp"));
        description = new TextArea(getTranslation("phase.description"));
        description.setMaxLength(4000);
        description.setWidthFull();
        start = new DatePicker(getTranslation("phase.start"));
        end = new DatePicker(getTranslation("phase.end"));
        start.setRequiredIndicatorVisible(true);
        end.setRequiredIndicatorVisible(true);
        start.setLocale(ConveneI18NProvider.supported(getLocale()));
        end.setLocale(ConveneI18NProvider.supported(getLocale()));
        parallel = new Checkbox(getTranslation("phase.parallel"));
        message = new FormError();
        FieldErrors.manual(fields());
        bind();
        Button save = new Button(getTranslation("phase.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("phase.new"), click -> edit(null));
        Div dates = new Div(start, end, parallel);
        dates.addClassName("cv-form-row");
        Div buttons = new Div(save, clear);
        buttons.addClassName("cv-buttons");
        Div form = new Div(new H2(getTranslation("phase.edit")), name, nameTranslation, description, dates, message, buttons);
        form.addClassName("cv-detail");
        list = new OrderedList();
        list.addClassName("cv-phases");
        add(breadcrumb(InitiativeAddresses.of(initiative.slug(), "timeline"), getTranslation("timeline.title")), new H1(getTranslation("phase.title")),
                list, form);
        showList();
        edit(null);
    }

    /** Vaadin reuses this view between initiatives: the fields are new, so is their binder. */
    private void bind() {
        binder = new Binder<>(PhaseFields.class);
        binder.forField(name).asRequired(getTranslation("phase.error.name"))
                .withValidator(n -> !n.isBlank(), getTranslation("phase.error.name")).bind("name");
        binder.forField(description).bind("description");
        binder.forField(nameTranslation).bind("nameTranslation");
        binder.forField(start).asRequired(getTranslation("phase.error.start")).bind("start");
        binder.forField(end).asRequired(getTranslation("phase.error.end"))
                .withValidator(e -> start.getValue() == null || !e.isBefore(start.getValue()), getTranslation("phase.error.dates"))
                .bind("end");
        binder.forField(parallel).bind("parallel");
    }

    private void showList() {
        list.removeAll();
        DateTimeFormatter format = dateTimes.dates(getLocale());
        List<PhaseEdit> phases = initiatives.phasesForEditing(initiative.id());
        for (PhaseEdit phase : phases) {
            Span text = new Span(phase.name() + " · " + format.format(phase.start()) + " – " + format.format(phase.end())
                    + (phase.parallel() ? " · " + getTranslation("phase.parallelShort") : ""));
            Button up = new Button(getTranslation("phase.up"), click -> move(phase, -1));
            up.setAriaLabel(getTranslation("phase.upLabel", phase.name()));
            up.setEnabled(phase.position() > 1);
            Button down = new Button(getTranslation("phase.down"), click -> move(phase, +1));
            down.setAriaLabel(getTranslation("phase.downLabel", phase.name()));
            down.setEnabled(phase.position() < phases.size());
            Button change = new Button(getTranslation("phase.change"), click -> edit(phase));
            change.setAriaLabel(getTranslation("phase.changeLabel", phase.name()));
            for (Button b : new Button[] {up, down, change}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            list.add(new ListItem(text, up, down, change));
        }
    }

    private void move(PhaseEdit phase, int direction) {
        initiatives.movePhase(initiative.id(), phase.id(), direction);
        showList();
    }

    void edit(PhaseEdit phase) {
        editing = phase;
        binder.readRecord(phase == null ? PhaseFields.EMPTY : new PhaseFields(phase.name(),
                phase.description() == null ? "" : phase.description(), phase.start(), phase.end(), phase.parallel(),
                phase.nameTranslation() == null ? "" : phase.nameTranslation()));
        message.clear();
        FieldErrors.clear(fields());
    }

    private HasValidation[] fields() {
        return new HasValidation[] {name, description, start, end};
    }

    void save() {
        message.clear();
        FieldErrors.clear(fields());
        PhaseFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows each problem by its field
        }
        try {
            initiatives.savePhase(initiative.id(), editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), fields.draft());
        } catch (PhaseOverlapException e) {
            message.show(getTranslation("phase.error.overlap", e.otherPhase()));
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("phase.error.conflict"));
            return;
        }
        showList();
        edit(null);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("phase.title") + " · " + initiative.name();
    }
}
