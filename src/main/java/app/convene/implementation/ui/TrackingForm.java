package app.convene.implementation.ui;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.ImplementationTracking;
import app.convene.implementation.PickerOption;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The coordinators' tracking form: owner organization (the initiative's only), status, the reason when not
 * pursued, linked milestones and linked indicators (the initiative's only; both pickers page lazily). A stale save is refused and the form keeps what was typed.
 */
class TrackingForm extends Div {

    private final ImplementationService service;
    private final long recommendationId;
    private final Consumer<ImplementationTracking> saved;
    private final Binder<TrackingFields> binder = new Binder<>(TrackingFields.class);
    private long version;

    final ComboBox<PickerOption> owner = new ComboBox<>();
    final Select<ImplementationStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final MultiSelectComboBox<PickerOption> milestones = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PickerOption> indicators = new MultiSelectComboBox<>();
    final FormError message = new FormError();
    final Button save = new Button();

    TrackingForm(ImplementationService service, ImplementationTracking tracking,
                 Consumer<ImplementationTracking> saved) {
        this.service = service;
        this.recommendationId = tracking.recommendationId();
        this.saved = saved;
        addClassName("cv-form");
        owner.setLabel(getTranslation("implementation.owner"));
        owner.setItemLabelGenerator(PickerOption::label);
        owner.setItems(query -> service.ownerChoices(recommendationId, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        owner.setClearButtonVisible(true);
        owner.setHelperText(getTranslation("implementation.owner.help"));
        status.setLabel(getTranslation("implementation.status"));
        status.setItems(ImplementationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("implementation.status." + s.name()));
        Selects.required(status);
        reason.setLabel(getTranslation("implementation.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        milestones.setLabel(getTranslation("implementation.milestones"));
        milestones.setItemLabelGenerator(PickerOption::label);
        milestones.setItems(query -> service.milestoneChoices(recommendationId, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        milestones.setWidthFull();
        indicators.setLabel(getTranslation("implementation.indicators"));
        indicators.setHelperText(getTranslation("implementation.indicators.help"));
        indicators.setItemLabelGenerator(PickerOption::label);
        indicators.setItems(query -> service.indicatorChoices(recommendationId, query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        indicators.setWidthFull();
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ImplementationStatus.NOT_PURSUED));
        FieldErrors.manual(owner, status, reason, milestones, indicators);
        binder.forField(owner).bind("owner");
        binder.forField(status).asRequired(getTranslation("implementation.error.required")).bind("status");
        binder.forField(reason).bind("notPursuedReason");
        binder.forField(milestones).bind("milestones");
        binder.forField(indicators).bind("indicators");
        save.setText(getTranslation("implementation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div row = new Div(owner, status);
        row.addClassName("cv-form-row");
        add(new H3(getTranslation("implementation.edit")), row, reason, milestones, indicators, message, save);
        load(tracking);
    }

    /** Shows the tracking as saved (and the version the next save starts from). */
    void load(ImplementationTracking tracking) {
        version = tracking.version();
        binder.readRecord(TrackingFields.of(tracking));
        reason.setVisible(tracking.status() == ImplementationStatus.NOT_PURSUED);
        FieldErrors.clear(owner, status, reason, milestones, indicators);
        message.clear();
    }

    void save() {
        FieldErrors.clear(owner, status, reason, milestones, indicators);
        message.clear();
        TrackingFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows each problem by its field
        }
        ImplementationTracking result;
        try {
            result = service.save(recommendationId, version, fields.draft());
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            HasValidation field = Map.<String, HasValidation>of("owner", owner, "status", status,
                    "notPursuedReason", reason, "milestones", milestones, "indicators", indicators).get(e.field() == null ? "" : e.field());
            if (field == null) {
                message.show(text);
            } else {
                FieldErrors.show(field, text);
            }
            return;
        } catch (OptimisticLockingFailureException e) {
            // Nothing is lost: the form keeps what was typed, the summary shows what the other person saved, and
            // saving again (a deliberate choice, having seen theirs) starts from their version.
            message.show(getTranslation("implementation.conflict"));
            ImplementationTracking current = service.tracking(recommendationId);
            version = current.version();
            saved.accept(current);
            return;
        }
        Notices.success(getTranslation("implementation.saved"));
        load(result);
        saved.accept(result);
    }
}
