package app.convene.security.ui;

import app.convene.security.AuditChoice;
import app.convene.security.AuditLog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The audit log's filters: initiative and person (searched in the database as one types), action and kind of
 * record (every code that has words), and a date range. Tells its listener the filters after each change.
 */
class AuditFilterBar extends Div {

    final ComboBox<AuditChoice> initiative = new ComboBox<>();
    final ComboBox<AuditChoice> person = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> type = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    private boolean showing;

    AuditFilterBar(AuditLog audit, AuditTexts texts) {
        initiative.setLabel(getTranslation("audit.filter.initiative"));
        initiative.setItemLabelGenerator(AuditChoice::name);
        initiative.setItems(q -> audit.initiatives(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        person.setLabel(getTranslation("audit.filter.person"));
        person.setItemLabelGenerator(AuditChoice::name);
        person.setItems(q -> audit.people(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItemLabelGenerator(texts::action);
        action.setItems(texts.actions().stream().sorted(Comparator.comparing(texts::action)).toList());
        type.setLabel(getTranslation("audit.filter.type"));
        type.setItemLabelGenerator(texts::subjectType);
        type.setItems(texts.subjectTypes().stream().sorted(Comparator.comparing(texts::subjectType)).toList());
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (ComboBox<?> box : java.util.List.of(initiative, person, action, type)) {
            box.setClearButtonVisible(true);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        add(initiative, person, action, type, from, to);
        addClassName("cv-form-row");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("audit.filter.label"));
    }

    /** Calls {@code changed} with the filters whenever a person changes one. */
    void onChange(Consumer<AuditLogParams> changed) {
        initiative.addValueChangeListener(e -> tell(changed));
        person.addValueChangeListener(e -> tell(changed));
        action.addValueChangeListener(e -> tell(changed));
        type.addValueChangeListener(e -> tell(changed));
        from.addValueChangeListener(e -> tell(changed));
        to.addValueChangeListener(e -> tell(changed));
    }

    /** Shows the filters of an address (names looked up), without telling the listener. */
    void show(AuditLogParams params, String initiativeName, String personName) {
        showing = true;
        try {
            initiative.setValue(params.initiative() == null ? null : new AuditChoice(params.initiative(), initiativeName));
            person.setValue(params.person() == null ? null : new AuditChoice(params.person(), personName));
            action.setValue(params.action());
            type.setValue(params.type());
            from.setValue(params.from());
            to.setValue(params.to());
        } finally {
            showing = false;
        }
    }

    AuditLogParams value() {
        return new AuditLogParams(initiative.getValue() == null ? null : initiative.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), action.getValue(), type.getValue(),
                from.getValue(), to.getValue());
    }

    private void tell(Consumer<AuditLogParams> changed) {
        if (!showing) {
            changed.accept(value());
        }
    }
}
