package app.convene.indicators.ui;

import app.convene.indicators.IndicatorItem;
import app.convene.indicators.IndicatorService;
import app.convene.indicators.IndicatorValueService;
import app.convene.indicators.PeriodValue;
import app.convene.indicators.ValueDraft;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.OptimisticLockingFailureException;

/** The values of one indicator, one per period: the list with edit and delete, and the form to add or change one. */
class ValuesPanel extends Div {

    /** The form's fields, named as the service's. */
    public record ValueFields(LocalDate periodEnd, BigDecimal value, String note) {
    }

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final Runnable changed;
    private final Binder<ValueFields> binder = new Binder<>(ValueFields.class);
    private IndicatorItem indicator;
    private PeriodValue editing;

    final H2 heading = new H2();
    final Grid<PeriodValue> grid = new Grid<>();
    final DatePicker periodEnd = new DatePicker(getTranslation("indicator.periodEnd"));
    final BigDecimalField value = new BigDecimalField(getTranslation("indicator.table.value"));
    final TextField note = new TextField(getTranslation("indicator.table.note"));
    final H3 formHeading = new H3(getTranslation("indicator.value.new"));
    final Button save = new Button(getTranslation("indicator.value.add"));
    final FormError message = new FormError();

    ValuesPanel(IndicatorService indicators, IndicatorValueService values, DateTimeFormatter dates, Runnable changed) {
        this.indicators = indicators;
        this.values = values;
        this.changed = changed;
        addClassName("cv-detail");
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(4);
        grid.addColumn(v -> dates.format(v.periodEnd())).setHeader(getTranslation("indicator.periodEnd")).setAutoWidth(true);
        grid.addColumn(v -> numbers.format(v.value())).setHeader(getTranslation("indicator.table.value")).setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("indicator.table.note"));
        grid.addComponentColumn(v -> {
            Button edit = new Button(getTranslation("indicator.editButton"), click -> edit(v));
            edit.setAriaLabel(getTranslation("indicator.value.editOf", dates.format(v.periodEnd())));
            Button delete = new Button(getTranslation("indicator.deleteButton"), click -> delete(v));
            delete.setAriaLabel(getTranslation("indicator.value.deleteOf", dates.format(v.periodEnd())));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new Div(edit, delete);
        }).setHeader(getTranslation("indicator.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        note.setMaxLength(1000);
        note.setWidthFull();
        FieldErrors.manual(periodEnd, value, note);
        binder.forField(periodEnd).asRequired(getTranslation("indicator.error.required")).bind("periodEnd");
        binder.forField(value).asRequired(getTranslation("indicator.error.required")).bind("value");
        binder.forField(note).bind("note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button fresh = new Button(getTranslation("indicator.value.new"), click -> edit(null));
        Div row = new Div(periodEnd, value);
        row.addClassName("cv-form-row");
        Div buttons = new Div(save, fresh);
        buttons.addClassName("cv-buttons");
        add(heading, grid, formHeading, row, note, message, buttons);
        setVisible(false);
    }

    /** Shows the values of the indicator (read again, so versions are current). */
    void show(long indicatorId) {
        indicator = indicators.get(indicatorId);
        heading.setText(getTranslation("indicator.values.of", indicator.name()));
        grid.setItems(indicator.values());
        grid.setAriaLabel(getTranslation("indicator.values.of", indicator.name()));
        setVisible(true);
        edit(null);
    }

    void edit(PeriodValue period) {
        editing = period;
        formHeading.setText(getTranslation(period == null ? "indicator.value.new" : "indicator.value.edit"));
        save.setText(getTranslation(period == null ? "indicator.value.add" : "indicator.saveChanges"));
        binder.readRecord(period == null ? new ValueFields(null, null, "")
                : new ValueFields(period.periodEnd(), period.value(), period.note() == null ? "" : period.note()));
        FieldErrors.clear(periodEnd, value, note);
        message.clear();
    }

    void save() {
        FieldErrors.clear(periodEnd, value, note);
        message.clear();
        ValueFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            values.save(indicator.id(), editing == null ? null : editing.id(), editing == null ? null : editing.version(),
                    new ValueDraft(fields.periodEnd(), fields.value(), fields.note()));
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            binder.getBinding(e.field() == null ? "" : e.field()).ifPresentOrElse(
                    binding -> FieldErrors.show((HasValidation) binding.getField(), text), () -> message.show(text));
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("indicator.conflict"));
            return;
        }
        Notices.success(getTranslation("indicator.value.saved"));
        done();
    }

    void delete(PeriodValue period) {
        try {
            values.delete(period.id(), period.version());
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("indicator.conflict"));
            return;
        }
        Notices.success(getTranslation("indicator.value.deleted"));
        done();
    }

    private void done() {
        show(indicator.id());
        changed.run();
    }
}
