package app.convene.initiatives.ui;

import app.convene.initiatives.GoalTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal's strategies in order, in the goal form: add, edit, move earlier or later (buttons, so the keyboard
 * does it), remove. Nothing is saved until the goal is.
 */
class StrategiesEditor extends Div {

    record Row(TextField text, TextField translation) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Button> buttons = new HashMap<>();
    private final OrderedList list = new OrderedList();
    private final String translationLanguage;

    StrategiesEditor(String translationLanguage) {
        this.translationLanguage = translationLanguage;
        Button add = new Button(getTranslation("goal.strategy.add"), click -> {
            rows.add(row("", ""));
            render();
            rows.getLast().text().focus();
        });
        add.setId("strategy-add");
        list.addClassName("cv-strategies-editor");
        add(new H3(getTranslation("goal.strategies")), list, add);
    }

    void setValue(List<GoalTexts.Strategy> strategies) {
        rows.clear();
        strategies.forEach(s -> rows.add(row(s.text(), TextChecks.orEmpty(s.translation()))));
        render();
    }

    /** The strategies typed, blank rows left out. */
    List<GoalTexts.Strategy> getValue() {
        return rows.stream().filter(r -> !r.text().getValue().isBlank())
                .map(r -> new GoalTexts.Strategy(r.text().getValue(), r.translation().getValue())).toList();
    }

    /** Marks each over-long strategy; false when one is. */
    boolean check() {
        boolean valid = true;
        for (Row row : rows) {
            valid &= TextChecks.check(row.text(), false, GoalTexts.STRATEGY_MAX)
                    & TextChecks.check(row.translation(), false, GoalTexts.STRATEGY_MAX);
        }
        return valid;
    }

    private Row row(String text, String translation) {
        TextField original = new TextField();
        original.setValue(text);
        original.setWidthFull();
        TextField translated = new TextField();
        translated.setValue(translation);
        translated.setWidthFull();
        translated.setVisible(translationLanguage != null);
        return new Row(original, translated);
    }

    private void render() {
        list.removeAll();
        buttons.clear();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int n = i + 1;
            row.text().setLabel(getTranslation("goal.strategy.text", n));
            row.text().setId("strategy-text-" + n);
            row.translation().setLabel(getTranslation("goal.strategy.translation", n));
            row.translation().setId("strategy-translation-" + n);
            Button up = button("strategy-up-" + n, "goal.up", "goal.strategy.upLabel", n, () -> move(n - 1, -1));
            up.setEnabled(n > 1);
            Button down = button("strategy-down-" + n, "goal.down", "goal.strategy.downLabel", n, () -> move(n - 1, +1));
            down.setEnabled(n < rows.size());
            Button remove = button("strategy-remove-" + n, "goal.strategy.remove", "goal.strategy.removeLabel", n,
                    () -> {
                        rows.remove(row);
                        render();
                    });
            Div actions = new Div(up, down, remove);
            actions.addClassName("cv-buttons");
            list.add(new ListItem(row.text(), row.translation(), actions));
        }
    }

    private Button button(String id, String textKey, String labelKey, int n, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        buttons.put(id, button);
        button.setAriaLabel(getTranslation(labelKey, n));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void move(int index, int direction) {
        int target = index + direction;
        if (target >= 0 && target < rows.size()) {
            rows.add(target, rows.remove(index));
            render();
            // The moved strategy's button keeps the focus (the other one when it reached an end).
            Button same = buttons.get((direction < 0 ? "strategy-up-" : "strategy-down-") + (target + 1));
            (same.isEnabled() ? same : buttons.get((direction < 0 ? "strategy-down-" : "strategy-up-") + (target + 1))).focus();
        }
    }
}
