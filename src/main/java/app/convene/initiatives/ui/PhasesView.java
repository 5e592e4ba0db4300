package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.InitiativeService.PhaseEdit;
import app.convene.initiatives.PhaseDraft;
import app.convene.initiatives.PhaseOverlapException;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.FieldErrors;
import app.convene.initiatives.InitiativePage;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/** Coordinators add, edit and reorder an initiative's phases. */
@Route(value = "initiatives/:slug/phases", layout = MainLayout.class)
@PermitAll
class PhasesView extends InitiativePage {

    private final InitiativeService initiatives;
    private final Authorization authorization;
    private final Validator validator;
    private PhaseEdit editing;

    TextField name;
    TextArea description;
    DatePicker start;
    DatePicker end;
    Checkbox parallel;
    Paragraph message;
    OrderedList list;

    PhasesView(InitiativeService initiatives, Authorization authorization, Validator validator) {
        super(initiatives);
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.validator = validator;
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
        message = new Paragraph();
        message.addClassName("cv-form-error");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        FieldErrors.manual(fields());
        Button save = new Button(getTranslation("phase.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("phase.new"), click -> edit(null));
        Div dates = new Div(start, end, parallel);
        dates.addClassName("cv-form-row");
        Div buttons = new Div(save, clear);
        buttons.addClassName("cv-buttons");
        Div form = new Div(new H2(getTranslation("phase.edit")), name, description, dates, message, buttons);
        form.addClassName("cv-detail");
        list = new OrderedList();
        list.addClassName("cv-phases");
        add(breadcrumb(initiativePath() + "/timeline", getTranslation("timeline.title")), new H1(getTranslation("phase.title")),
                list, form);
        showList();
        edit(null);
    }

    private void showList() {
        list.removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale()));
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
        name.setValue(phase == null ? "" : phase.name());
        description.setValue(phase == null || phase.description() == null ? "" : phase.description());
        start.setValue(phase == null ? null : phase.start());
        end.setValue(phase == null ? null : phase.end());
        parallel.setValue(phase != null && phase.parallel());
        message.setVisible(false);
        FieldErrors.clear(fields());
    }

    private HasValidation[] fields() {
        return new HasValidation[] {name, description, start, end};
    }

    void save() {
        message.setVisible(false);
        FieldErrors.clear(fields());
        PhaseDraft draft = new PhaseDraft(name.getValue(), description.getValue(), start.getValue(), end.getValue(),
                parallel.getValue());
        Set<ConstraintViolation<PhaseDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<PhaseDraft> v : violations) {
                switch (v.getPropertyPath().toString()) {
                    case "name" -> invalid(name, "phase.error.name");
                    case "start" -> invalid(start, "phase.error.start");
                    case "end" -> invalid(end, "phase.error.end");
                    case "endAfterStart" -> invalid(end, "phase.error.dates");
                    default -> { }
                }
            }
            return;
        }
        try {
            initiatives.savePhase(initiative.id(), editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), draft);
        } catch (PhaseOverlapException e) {
            message.setText(getTranslation("phase.error.overlap", e.otherPhase()));
            message.setVisible(true);
            return;
        } catch (OptimisticLockingFailureException e) {
            message.setText(getTranslation("phase.error.conflict"));
            message.setVisible(true);
            return;
        }
        showList();
        edit(null);
    }

    private void invalid(HasValidation field, String key) {
        FieldErrors.show(field, getTranslation(key));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("phase.title") + " · " + initiative.name();
    }
}
