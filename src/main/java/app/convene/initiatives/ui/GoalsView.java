package app.convene.initiatives.ui;

import app.convene.initiatives.DuplicateGoalTitleException;
import app.convene.initiatives.GoalService;
import app.convene.initiatives.GoalService.GoalEdit;
import app.convene.initiatives.GoalTexts;
import app.convene.initiatives.InitiativeContentService;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Coordinators (and administrators) keep the initiative's strategic goals: add, change (code, title,
 * description, ordered strategies, each with its translation), reorder, retire and restore.
 */
@Route(value = "initiatives/:slug/goals", layout = MainLayout.class)
@PermitAll
class GoalsView extends InitiativePage {

    private final GoalService goals;
    private final InitiativeContentService content;
    private final Authorization authorization;
    private final java.util.Map<String, Button> buttons = new java.util.HashMap<>();
    private GoalEdit editing;
    private String translationLanguage;

    OrderedList list;
    TextField code;
    TextField title;
    TextField titleTranslation;
    TextArea description;
    TextArea descriptionTranslation;
    StrategiesEditor strategies;
    FormError message;
    H2 formHeading;

    GoalsView(InitiativeService initiatives, GoalService goals, InitiativeContentService content,
              Authorization authorization) {
        super(initiatives);
        this.goals = goals;
        this.content = content;
        this.authorization = authorization;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        return authorization.can(Action.EDIT_INITIATIVE_CONTENT, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        translationLanguage = content.contentForEditing(initiative.id()).translationLanguage();
        String language = translationLanguage == null ? ""
                : Locale.forLanguageTag(translationLanguage).getDisplayLanguage(getLocale());
        code = text("goal-code", new TextField(getTranslation("goal.code")));
        code.setHelperText(getTranslation("goal.codeHelp"));
        title = text("goal-title", new TextField(getTranslation("goal.title")));
        title.setRequiredIndicatorVisible(true);
        titleTranslation = text("goal-title-translation",
                new TextField(getTranslation("content.inLanguage", getTranslation("goal.title"), language)));
        description = text("goal-description", new TextArea(getTranslation("goal.description")));
        descriptionTranslation = text("goal-description-translation",
                new TextArea(getTranslation("content.inLanguage", getTranslation("goal.description"), language)));
        titleTranslation.setVisible(translationLanguage != null);
        descriptionTranslation.setVisible(translationLanguage != null);
        strategies = new StrategiesEditor(translationLanguage);
        FieldErrors.manual(fields());
        message = new FormError();
        message.setId("goal-message");
        Button save = new Button(getTranslation("goal.save"), click -> save());
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("goal.new"), click -> edit(null));
        clear.setId("goal-new");
        Div buttons = new Div(save, clear);
        buttons.addClassName("cv-buttons");
        formHeading = new H2();
        Div form = new Div(formHeading, code, title, titleTranslation, description, descriptionTranslation, strategies,
                message, buttons);
        form.addClassName("cv-detail");
        list = new OrderedList();
        list.setId("goals-list");
        list.addClassName("cv-phases");
        add(breadcrumb(initiativePath(), initiative.name()), new H1(getTranslation("goal.pageTitle")), list, form);
        showList();
        edit(null);
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasSize> F text(String id, F field) {
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private void showList() {
        list.removeAll();
        buttons.clear();
        List<GoalEdit> all = goals.goalsForEditing(initiative.id());
        for (GoalEdit goal : all) {
            int n = goal.position();
            Span text = new Span(goal.label() + (goal.retired() ? " · " + getTranslation("goal.retiredShort") : ""));
            Button up = button("goal-up-" + n, "goal.up", "goal.upLabel", goal, () -> move(goal, -1));
            up.setEnabled(n > 1);
            Button down = button("goal-down-" + n, "goal.down", "goal.downLabel", goal, () -> move(goal, +1));
            down.setEnabled(n < all.size());
            Button change = button("goal-change-" + n, "goal.change", "goal.changeLabel", goal, () -> edit(goal));
            Button retire = goal.retired()
                    ? button("goal-restore-" + n, "goal.restore", "goal.restoreLabel", goal, () -> retire(goal, false))
                    : button("goal-retire-" + n, "goal.retire", "goal.retireLabel", goal, () -> retire(goal, true));
            ListItem item = new ListItem(text, up, down, change, retire);
            if (!goal.missing().isEmpty()) {
                Paragraph missing = new Paragraph(getTranslation("goal.missing", String.join(", ",
                        goal.missing().stream().map(f -> getTranslation("goal.missing." + f)).toList())));
                missing.addClassName("cv-hint");
                item.add(missing);
            }
            list.add(item);
        }
    }

    private Button button(String id, String textKey, String labelKey, GoalEdit goal, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        button.setId(id);
        buttons.put(id, button);
        button.setAriaLabel(getTranslation(labelKey, goal.texts().title()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void move(GoalEdit goal, int direction) {
        goals.moveGoal(initiative.id(), goal.id(), direction);
        showList();
        // The moved goal's button keeps the focus (the other one when it reached an end), for keyboard users.
        int now = goal.position() + direction;
        Button same = buttons.get((direction < 0 ? "goal-up-" : "goal-down-") + now);
        Button other = buttons.get((direction < 0 ? "goal-down-" : "goal-up-") + now);
        if (same != null && other != null) {
            (same.isEnabled() ? same : other).focus();
        }
    }

    private void retire(GoalEdit goal, boolean retired) {
        goals.setRetired(initiative.id(), goal.id(), retired);
        showList();
    }

    void edit(GoalEdit goal) {
        editing = goal;
        GoalTexts t = goal == null ? new GoalTexts("", "", "", "", "", List.of()) : goal.texts();
        formHeading.setText(goal == null ? getTranslation("goal.add") : getTranslation("goal.editing", goal.label()));
        code.setValue(TextChecks.orEmpty(t.code()));
        title.setValue(TextChecks.orEmpty(t.title()));
        titleTranslation.setValue(TextChecks.orEmpty(t.titleTranslation()));
        description.setValue(TextChecks.orEmpty(t.description()));
        descriptionTranslation.setValue(TextChecks.orEmpty(t.descriptionTranslation()));
        strategies.setValue(t.strategies());
        message.clear();
        FieldErrors.clear(fields());
    }

    private HasValidation[] fields() {
        return new HasValidation[] {code, title, titleTranslation, description, descriptionTranslation};
    }

    void save() {
        message.clear();
        FieldErrors.clear(fields());
        boolean valid = TextChecks.check(code, false, GoalTexts.CODE_MAX) & TextChecks.check(title, true, GoalTexts.TITLE_MAX)
                & TextChecks.check(titleTranslation, false, GoalTexts.TITLE_MAX)
                & TextChecks.check(description, false, GoalTexts.DESCRIPTION_MAX)
                & TextChecks.check(descriptionTranslation, false, GoalTexts.DESCRIPTION_MAX) & strategies.check();
        if (!valid) {
            return;
        }
        GoalTexts texts = new GoalTexts(code.getValue(), title.getValue(), titleTranslation.getValue(),
                description.getValue(), descriptionTranslation.getValue(), strategies.getValue());
        try {
            goals.saveGoal(initiative.id(), editing == null ? null : editing.id(),
                    editing == null ? null : editing.version(), texts);
        } catch (DuplicateGoalTitleException e) {
            FieldErrors.show(title, getTranslation("goal.error.duplicate"));
            return;
        } catch (OptimisticLockingFailureException e) {
            message.show(getTranslation("goal.error.conflict"));
            return;
        }
        showList();
        edit(null);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("goal.pageTitle") + " · " + initiative.name();
    }
}
