package app.convene.analytics.ui;

import app.convene.analytics.Dimension;
import app.convene.analytics.Population;
import app.convene.analytics.Target;
import app.convene.analytics.TargetDraft;
import app.convene.analytics.TargetService;
import app.convene.analytics.TargetStatus;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The representation targets: each against the actual, with the gap, in words; for coordinators a form to add or
 * change one (refused input shown by its field) and a remove button. Committee members read only.
 */
class TargetsPanel extends Div {

    /** The form's content. */
    static final class Form {
        Dimension dimension;
        Set<String> categories = new LinkedHashSet<>();
        Population population;
        BigDecimal threshold;
    }

    private final TargetService targets;
    private final long initiativeId;
    private final boolean manage;
    private final Runnable changed;
    private final Binder<Form> binder = new Binder<>();
    final Select<Dimension> dimension = new Select<>();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final Select<Population> population = new Select<>();
    final BigDecimalField threshold = new BigDecimalField();
    final FormError message = new FormError();
    final Button save = new Button();
    final UnorderedList list = new UnorderedList();
    private Target editing;

    TargetsPanel(TargetService targets, long initiativeId, List<TargetStatus> statuses, boolean manage,
                 Runnable changed) {
        this.targets = targets;
        this.initiativeId = initiativeId;
        this.manage = manage;
        this.changed = changed;
        addClassName("cv-targets");
        list.addClassName("cv-target-list");
        if (statuses.isEmpty()) {
            add(new Paragraph(getTranslation("analytics.noTargets")));
        }
        statuses.forEach(s -> list.add(item(s)));
        add(list);
        if (manage) {
            add(form());
        } else {
            add(new Paragraph(getTranslation("analytics.readOnly")));
        }
    }

    private ListItem item(TargetStatus s) {
        Target t = s.target();
        String state = s.actual() == null ? getTranslation("analytics.gapUnknown")
                : s.gap() == null ? getTranslation("analytics.none")
                : s.met() ? getTranslation("analytics.met", s.gap().toPlainString())
                : getTranslation("analytics.short", s.gap().negate().toPlainString());
        ListItem item = new ListItem(new Span(getTranslation("analytics.targetLine", describe(t),
                getTranslation("analytics.population." + t.population().name()), t.thresholdPercent().toPlainString(),
                s.actualPercent() == null ? "–" : s.actualPercent().toPlainString(),
                s.actual() == null ? getTranslation("analytics.suppressed") : s.actual(), s.population())),
                new Span(" · "), state(state, s));
        item.addClassName("cv-target");
        if (manage) {
            Button edit = new Button(getTranslation("analytics.editTarget"), click -> edit(t));
            edit.getElement().setAttribute("aria-label", getTranslation("analytics.editTargetOf", describe(t)));
            Button remove = new Button(getTranslation("analytics.removeTarget"), click -> remove(t));
            remove.getElement().setAttribute("aria-label", getTranslation("analytics.removeTargetOf", describe(t)));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.add(edit, remove);
        }
        return item;
    }

    private Span state(String text, TargetStatus s) {
        Span state = new Span((s.met() ? "✓ " : s.gap() != null ? "✕ " : "") + text);
        state.addClassName(s.met() ? "cv-target-met" : "cv-target-short");
        return state;
    }

    /** "Sector: Labor union, Worker center". */
    String describe(Target t) {
        return getTranslation("analytics.dimension." + t.dimension().name()) + ": " + t.categories().stream()
                .map(c -> categoryLabel(t.dimension(), c)).collect(Collectors.joining(", "));
    }

    private String categoryLabel(Dimension d, String value) {
        String key = d == null ? null : d.labelKey(value);
        return key == null ? value : getTranslation(key);
    }

    private Div form() {
        dimension.setLabel(getTranslation("analytics.targetField.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("analytics.dimension." + d.name()));
        dimension.addValueChangeListener(e -> {
            categories.clear();
            categories.setItems(e.getValue() == null ? List.of() : targets.categoryOptions(initiativeId, e.getValue()));
        });
        categories.setLabel(getTranslation("analytics.targetField.categories"));
        categories.setHelperText(getTranslation("analytics.targetField.categories.help"));
        categories.setItemLabelGenerator(v -> categoryLabel(dimension.getValue(), v));
        population.setLabel(getTranslation("analytics.targetField.population"));
        population.setItems(Population.values());
        population.setItemLabelGenerator(p -> getTranslation("analytics.population." + p.name()));
        threshold.setLabel(getTranslation("analytics.targetField.threshold"));
        threshold.setHelperText(getTranslation("analytics.targetField.threshold.help"));
        FieldErrors.manual(dimension, categories, population, threshold);
        binder.forField(dimension).bind(f -> f.dimension, (f, v) -> f.dimension = v);
        binder.forField(categories).bind(f -> f.categories, (f, v) -> f.categories = v);
        binder.forField(population).bind(f -> f.population, (f, v) -> f.population = v);
        binder.forField(threshold).bind(f -> f.threshold, (f, v) -> f.threshold = v);
        save.setText(getTranslation("analytics.addTarget"));
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Div form = new Div(new H3(getTranslation("analytics.targetForm")), dimension, categories, population, threshold,
                message, save);
        form.addClassName("cv-form");
        return form;
    }

    void edit(Target t) {
        editing = t;
        FieldErrors.clear(dimension, categories, population, threshold);
        dimension.setValue(t.dimension());
        categories.setValue(new LinkedHashSet<>(t.categories()));
        population.setValue(t.population());
        threshold.setValue(t.thresholdPercent());
        save.setText(getTranslation("analytics.saveTarget"));
    }

    void save() {
        message.clear();
        FieldErrors.clear(dimension, categories, population, threshold);
        Form form = new Form();
        binder.writeBeanIfValid(form);
        TargetDraft draft = new TargetDraft(form.dimension, new ArrayList<>(form.categories == null ? Set.of()
                : form.categories), form.population, form.threshold);
        try {
            if (editing == null) {
                targets.add(initiativeId, draft);
            } else {
                targets.change(editing.id(), editing.version(), draft);
            }
        } catch (ValidationError e) {
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "dimension" -> dimension;
                case "categories" -> categories;
                case "population" -> population;
                default -> threshold;
            };
            FieldErrors.show(field, getTranslation(e.messageKey(), e.params()));
            return;
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("analytics.conflict"));
            changed.run();
            return;
        }
        Notices.success(getTranslation("analytics.targetSaved"));
        changed.run();
    }

    void remove(Target t) {
        try {
            targets.remove(t.id(), t.version());
            Notices.success(getTranslation("analytics.targetRemoved"));
        } catch (OptimisticLockingFailureException e) {
            Notices.error(getTranslation("analytics.conflict"));
        }
        changed.run();
    }
}
