package app.convene.indicators.ui;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorDraft;
import app.convene.indicators.IndicatorItem;
import app.convene.indicators.IndicatorService;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;

/** Coordinators define an indicator of a goal; problems show by their fields and nothing typed is lost. */
class IndicatorForm extends Div {

    /** What the form holds; the names are the service's field names ({@code goal} is its {@code goalId}). */
    public record IndicatorFields(GoalRef goal, String name, String unit, Direction direction, BigDecimal baselineValue,
                                  LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, String source,
                                  Boolean publicIndicator) {

        IndicatorDraft draft() {
            return new IndicatorDraft(goal == null ? null : goal.id(), name, unit, direction, baselineValue, baselineDate,
                    targetValue, targetDate, source, Boolean.TRUE.equals(publicIndicator));
        }
    }

    private final InitiativeRef initiative;
    private final IndicatorService indicators;
    private final Runnable saved;
    private final Binder<IndicatorFields> binder = new Binder<>(IndicatorFields.class);
    private IndicatorItem editing;

    final Select<GoalRef> goal = new Select<>();
    final TextField name = new TextField(getTranslation("indicator.name"));
    final TextField unit = new TextField(getTranslation("indicator.unit"));
    final Select<Direction> direction = new Select<>();
    final BigDecimalField baselineValue = new BigDecimalField(getTranslation("indicator.baselineValue"));
    final DatePicker baselineDate = new DatePicker(getTranslation("indicator.baselineDate"));
    final BigDecimalField targetValue = new BigDecimalField(getTranslation("indicator.targetValue"));
    final DatePicker targetDate = new DatePicker(getTranslation("indicator.targetDate"));
    final TextField source = new TextField(getTranslation("indicator.source"));
    final Checkbox isPublic = new Checkbox(getTranslation("indicator.publicChoice"));
    final H2 heading = new H2(getTranslation("indicator.new"));
    final Button save = new Button(getTranslation("indicator.add"));
    final FormError message = new FormError();

    IndicatorForm(InitiativeRef initiative, IndicatorService indicators, Runnable saved) {
        this.initiative = initiative;
        this.indicators = indicators;
        this.saved = saved;
        addClassName("cv-detail");
        goal.setLabel(getTranslation("indicator.goal"));
        goal.setItems(initiative.offeredGoals());
        goal.setItemLabelGenerator(g -> g == null ? "" : g.title());
        direction.setLabel(getTranslation("indicator.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("indicator.direction." + d.name()));
        name.setMaxLength(200);
        unit.setMaxLength(60);
        unit.setHelperText(getTranslation("indicator.unit.help"));
        source.setMaxLength(500);
        source.setWidthFull();
        FieldErrors.manual(fields());
        Selects.required(goal);
        Selects.required(direction);
        binder.forField(goal).asRequired(getTranslation("indicator.error.goal")).bind("goal");
        binder.forField(name).asRequired(getTranslation("indicator.error.required")).bind("name");
        binder.forField(unit).asRequired(getTranslation("indicator.error.required")).bind("unit");
        binder.forField(direction).asRequired(getTranslation("indicator.error.required")).bind("direction");
        binder.forField(baselineValue).asRequired(getTranslation("indicator.error.required")).bind("baselineValue");
        binder.forField(baselineDate).asRequired(getTranslation("indicator.error.required")).bind("baselineDate");
        binder.forField(targetValue).asRequired(getTranslation("indicator.error.required")).bind("targetValue");
        binder.forField(targetDate).asRequired(getTranslation("indicator.error.required"))
                .withValidator(d -> baselineDate.getValue() == null || d.isAfter(baselineDate.getValue()),
                        getTranslation("indicator.error.targetDate")).bind("targetDate");
        binder.forField(source).bind("source");
        binder.forField(isPublic).bind("publicIndicator");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button fresh = new Button(getTranslation("indicator.new"), click -> load(null));
        Div what = new Div(goal, name, unit, direction);
        what.addClassName("cv-form-row");
        Div numbers = new Div(baselineValue, baselineDate, targetValue, targetDate);
        numbers.addClassName("cv-form-row");
        Div buttons = new Div(save, fresh);
        buttons.addClassName("cv-buttons");
        add(heading, what, numbers, source, isPublic, message, buttons);
        binder.readRecord(empty());
    }

    private static IndicatorFields empty() {
        return new IndicatorFields(null, "", "", Direction.HIGHER, null, null, null, null, "", false);
    }

    /** Shows an indicator to change, or an empty form for a new one. */
    void load(IndicatorItem indicator) {
        editing = indicator;
        heading.setText(getTranslation(indicator == null ? "indicator.new" : "indicator.edit"));
        save.setText(getTranslation(indicator == null ? "indicator.add" : "indicator.saveChanges"));
        binder.readRecord(indicator == null ? empty() : new IndicatorFields(
                initiative.goals().stream().filter(g -> g.id() == indicator.goalId()).findFirst().orElse(null),
                indicator.name(), indicator.unit(), indicator.direction(), indicator.baselineValue(),
                indicator.baselineDate(), indicator.targetValue(), indicator.targetDate(),
                indicator.source() == null ? "" : indicator.source(), indicator.publicIndicator()));
        message.clear();
        FieldErrors.clear(fields());
        name.focus();
    }

    private HasValidation[] fields() {
        return new HasValidation[] {goal, name, unit, direction, baselineValue, baselineDate, targetValue, targetDate,
                source};
    }

    void save() {
        FieldErrors.clear(fields());
        message.clear();
        IndicatorFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows each problem by its field
        }
        try {
            indicators.save(initiative.id(), editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), fields.draft());
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            String field = "goalId".equals(e.field()) ? "goal" : e.field() == null ? "" : e.field();
            binder.getBinding(field).ifPresentOrElse(
                    binding -> FieldErrors.show((HasValidation) binding.getField(), text), () -> message.show(text));
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("indicator.conflict"));
            return;
        }
        Notices.success(getTranslation("indicator.saved"));
        saved.run();
        load(null);
    }
}
