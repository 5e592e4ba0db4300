package app.convene.workgroups.ui;

import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.workgroups.WorkgroupDetails;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/** The settings tab (coordinators): name, charter, capacity, closed; and making a person a lead. */
class SettingsPanel extends Div {

    /** The settings form's content. */
    static final class Settings {
        String name;
        String charter;
        Integer capacity;
        boolean closed;
    }

    private final WorkgroupService workgroups;
    private final WorkgroupDetails workgroup;
    private final Runnable changed;
    private final Binder<Settings> binder = new Binder<>();
    final TextField name = new TextField();
    final TextArea charter = new TextArea();
    final IntegerField capacity = new IntegerField();
    final Checkbox closed = new Checkbox();
    final FormError message = new FormError();

    SettingsPanel(WorkgroupService workgroups, PersonService persons, WorkgroupDetails workgroup, Runnable changed) {
        this.workgroups = workgroups;
        this.workgroup = workgroup;
        this.changed = changed;
        name.setLabel(getTranslation("workgroup.name"));
        name.setMaxLength(200);
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("workgroup.error.name")));
        charter.setLabel(getTranslation("workgroup.charter"));
        charter.setHelperText(getTranslation("note.body.help"));
        charter.setWidthFull();
        capacity.setLabel(getTranslation("workgroup.capacityField"));
        capacity.setMin(1);
        String badCapacity = getTranslation("workgroup.error.capacity");
        capacity.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(badCapacity)
                .setBadInputErrorMessage(badCapacity));
        capacity.setHelperText(getTranslation("workgroup.capacityField.help"));
        closed.setLabel(getTranslation("workgroup.closedField"));
        binder.forField(name).asRequired(getTranslation("workgroup.error.name"))
                .bind(s -> s.name, (s, v) -> s.name = v);
        binder.forField(charter).bind(s -> s.charter, (s, v) -> s.charter = v);
        binder.forField(capacity).withValidator(c -> c == null || c >= 1, badCapacity)
                .bind(s -> s.capacity, (s, v) -> s.capacity = v);
        binder.forField(closed).bind(s -> s.closed, (s, v) -> s.closed = v);
        Settings current = new Settings();
        current.name = workgroup.name();
        current.charter = workgroup.charter() == null ? "" : workgroup.charter();
        current.capacity = workgroup.capacity();
        current.closed = workgroup.closed();
        binder.readBean(current);
        Button save = new Button(getTranslation("workgroup.saveSettings"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, charter, capacity, closed, message, save, leadRow(persons));
        addClassName("cv-form");
    }

    private Div leadRow(PersonService persons) {
        ComboBox<PersonSummary> lead = new ComboBox<>(getTranslation("workgroup.setLead"));
        lead.setItemLabelGenerator(PersonSummary::label);
        lead.setItems(query -> persons.search(workgroup.initiativeId(), query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        Button makeLead = new Button(getTranslation("workgroup.makeLead"), click -> {
            if (lead.getValue() != null) {
                try {
                    workgroups.setLead(workgroup.id(), lead.getValue().id());
                } catch (ValidationError e) {
                    FieldErrors.show(lead, getTranslation(e.messageKey(), e.params()));
                    return;
                }
                changed.run();
            }
        });
        Div row = new Div(lead, makeLead);
        row.addClassName("cv-form-row");
        return row;
    }

    void save() {
        message.clear();
        Settings settings = new Settings();
        if (!binder.writeBeanIfValid(settings)) {
            return;
        }
        try {
            workgroups.configure(workgroup.id(), workgroup.version(), settings.name, settings.charter, settings.capacity,
                    settings.closed);
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("workgroup.conflict"));
            return;
        } catch (ValidationError e) {
            HasValidation field = "capacity".equals(e.field()) ? capacity : name;
            FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation("workgroup.settingsSaved"));
        changed.run();
    }
}
