package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.initiatives.internal.StrategicGoal;
import app.convene.initiatives.internal.Strategy;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An initiative's strategic goals as coordinators (and administrators) keep them: add, edit with ordered
 * strategies, reorder, retire and restore. Retiring is a flag: the goal leaves the public page and keeps its
 * workgroups, milestones and recommendation links. Every change is audited with before and after.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GoalService {

    /** A goal as the goal editor shows it; {@code missing} names the texts written but not translated. */
    public record GoalEdit(long id, long version, int position, boolean retired, GoalTexts texts, List<String> missing) {

        /** The goal's code when it has one ("Goal 2"), otherwise its title: how lists name it. */
        public String label() {
            return texts.code() == null ? texts.title() : texts.code() + " · " + texts.title();
        }
    }

    private final InitiativeRepository initiatives;
    private final Authorization authorization;
    private final AuditLog audit;

    GoalService(InitiativeRepository initiatives, Authorization authorization, AuditLog audit) {
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** Every goal of the initiative in order, retired ones included. */
    public List<GoalEdit> goalsForEditing(long initiativeId) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        boolean translated = InitiativeContentService.translationLanguage(initiative) != null;
        return initiative.getGoals().stream().map(g -> edit(g, translated)).toList();
    }

    /**
     * Adds ({@code goalId == null}, at the end) or changes a goal.
     *
     * @throws DuplicateGoalTitleException another goal of the initiative has the title
     * @throws OptimisticLockingFailureException the goal changed since {@code expectedVersion}
     */
    @Transactional
    public long saveGoal(long initiativeId, Long goalId, Long expectedVersion, @Valid GoalTexts texts) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        String title = texts.title().strip();
        boolean taken = initiative.getGoals().stream().anyMatch(g -> !g.getId().equals(goalId)
                && g.getTitle().strip().toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new DuplicateGoalTitleException(title);
        }
        StrategicGoal goal;
        String before = null;
        if (goalId == null) {
            goal = initiative.addGoal(title, null, List.of());
        } else {
            goal = goal(initiative, goalId);
            if (expectedVersion != null && goal.getVersion() != expectedVersion) {
                throw new OptimisticLockingFailureException("The goal changed since it was opened");
            }
            before = describe(goal);
        }
        goal.write(InitiativeContentService.trimmed(texts.code()), title,
                InitiativeContentService.trimmed(texts.titleTranslation()),
                InitiativeContentService.trimmed(texts.description()),
                InitiativeContentService.trimmed(texts.descriptionTranslation()),
                texts.strategies().stream().map(s -> new Strategy(s.text().strip(),
                        InitiativeContentService.trimmed(s.translation()))).toList());
        initiatives.saveAndFlush(initiative);
        goal = goalIdOf(initiative, goalId);
        audit.record(goalId == null ? "goal.added" : "goal.updated", "goal", goal.getId(), initiativeId, before,
                describe(goal));
        return goal.getId();
    }

    /** Moves a goal one place earlier ({@code -1}) or later ({@code +1}). */
    @Transactional
    public void moveGoal(long initiativeId, long goalId, int direction) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        List<StrategicGoal> ordered = new ArrayList<>(initiative.getGoals());
        int index = ordered.indexOf(goal(initiative, goalId));
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= ordered.size() || target == index) {
            return;
        }
        Collections.swap(ordered, index, target);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        initiatives.saveAndFlush(initiative);
        audit.record("goal.moved", "goal", goalId, initiativeId, String.valueOf(index + 1), String.valueOf(target + 1));
    }

    /** Retires a goal (off the public page, links kept) or restores it. */
    @Transactional
    public void setRetired(long initiativeId, long goalId, boolean retired) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        StrategicGoal goal = goal(initiative, goalId);
        if (goal.isRetired() == retired) {
            return;
        }
        goal.setRetired(retired);
        initiatives.saveAndFlush(initiative);
        audit.record(retired ? "goal.retired" : "goal.restored", "goal", goalId, initiativeId,
                retired ? "active" : "retired", retired ? "retired" : "active");
    }

    private static StrategicGoal goal(Initiative initiative, long goalId) {
        return initiative.getGoals().stream().filter(g -> g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No goal " + goalId + " in initiative " + initiative.getId()));
    }

    /** The saved goal: the given one, or the newest (the one just added). */
    private static StrategicGoal goalIdOf(Initiative initiative, Long goalId) {
        return goalId == null ? initiative.getGoals().getLast() : goal(initiative, goalId);
    }

    private static GoalEdit edit(StrategicGoal g, boolean translated) {
        GoalTexts texts = new GoalTexts(g.getCode(), g.getTitle(), g.getTitleTranslation(), g.getDescription(),
                g.getDescriptionTranslation(), g.getStrategyEntries().stream()
                .map(s -> new GoalTexts.Strategy(s.getText(), s.getTranslation())).toList());
        List<String> missing = new ArrayList<>();
        if (translated) {
            InitiativeContentService.missingTranslation(missing, "title", g.getTitle(), g.getTitleTranslation());
            InitiativeContentService.missingTranslation(missing, "description", g.getDescription(),
                    g.getDescriptionTranslation());
            if (g.getStrategyEntries().stream().anyMatch(s -> LocalText.blank(s.getTranslation()))) {
                missing.add("strategies");
            }
        }
        return new GoalEdit(g.getId(), g.getVersion(), g.getPosition(), g.isRetired(), texts, List.copyOf(missing));
    }

    private static String describe(StrategicGoal g) {
        return (g.getCode() == null ? "" : g.getCode() + " · ") + g.getTitle()
                + (g.getTitleTranslation() == null ? "" : " / " + g.getTitleTranslation())
                + (g.getDescription() == null ? "" : "\n" + g.getDescription())
                + (g.getDescriptionTranslation() == null ? "" : "\n/ " + g.getDescriptionTranslation())
                + g.getStrategyEntries().stream().map(s -> "\n- " + s.getText()
                        + (s.getTranslation() == null ? "" : " / " + s.getTranslation())).reduce("", String::concat);
    }
}
