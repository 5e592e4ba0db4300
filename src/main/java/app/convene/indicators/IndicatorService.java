package app.convene.indicators;

import app.convene.indicators.internal.Indicator;
import app.convene.indicators.internal.IndicatorRepository;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeStatus;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.database.SharedReads;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact indicators of an initiative's strategic goals. Coordinators define, change and delete them; anyone with a
 * role in the initiative sees them all; visitors of a published initiative see the public ones. Every check is made
 * on the stored indicator's initiative. Values: {@link IndicatorValueService}; CSV: {@link IndicatorImportService}.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    /** The largest magnitude a value may have (numeric(19, 4) in the database). */
    static final BigDecimal LIMIT = new BigDecimal("999999999999999");

    private final IndicatorRepository indicators;
    private final IndicatorItems items;
    private final Authorization authorization;
    private final AuditLog audit;
    private final InitiativeDirectory initiatives;
    private final SharedReads shared;

    IndicatorService(IndicatorRepository indicators, IndicatorItems items, Authorization authorization, AuditLog audit,
                     InitiativeDirectory initiatives, SharedReads shared) {
        this.indicators = indicators;
        this.shared = shared;
        this.items = items;
        this.authorization = authorization;
        this.audit = audit;
        this.initiatives = initiatives;
    }

    /**
     * Adds ({@code indicatorId == null}) or changes an indicator (coordinators).
     *
     * @throws ValidationError a missing or too long field, a goal of another initiative, a target date not after the
     *         baseline date, a target equal to the baseline, a name another indicator of the initiative has
     * @throws OptimisticLockingFailureException the indicator changed since {@code expectedVersion}
     */
    @Transactional
    public long save(long initiativeId, Long indicatorId, Long expectedVersion, IndicatorDraft draft) {
        Indicator indicator = indicatorId == null ? null : stored(indicatorId);
        long initiative = indicator == null ? initiativeId : indicator.getInitiativeId();
        authorization.check(Action.MANAGE_INDICATORS, initiative);
        if (indicator != null && expectedVersion != null && indicator.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The indicator changed since it was opened");
        }
        IndicatorDraft checked = checked(initiative, indicatorId, draft);
        String before = indicator == null ? null : describe(indicator);
        if (indicator == null) {
            indicator = new Indicator(initiative);
        }
        indicator.write(checked);
        indicator = indicators.saveAndFlush(indicator);
        audit.record(indicatorId == null ? "indicator.created" : "indicator.updated", "indicator", indicator.getId(),
                initiative, before, describe(indicator));
        return indicator.getId();
    }

    private IndicatorDraft checked(long initiativeId, Long indicatorId, IndicatorDraft draft) {
        FreeText.checked(draft);
        if (draft.goalId() == null || initiatives.findById(initiativeId).orElseThrow().goals().stream()
                .noneMatch(g -> g.id() == draft.goalId())) {
            throw new ValidationError("goalId", "indicator.error.goal");
        }
        String name = required("name", draft.name(), 200);
        String unit = required("unit", draft.unit(), 60);
        if (draft.direction() == null) {
            throw new ValidationError("direction", "indicator.error.required");
        }
        number("baselineValue", draft.baselineValue());
        number("targetValue", draft.targetValue());
        if (draft.baselineDate() == null) {
            throw new ValidationError("baselineDate", "indicator.error.required");
        }
        if (draft.targetDate() == null) {
            throw new ValidationError("targetDate", "indicator.error.required");
        }
        if (!draft.targetDate().isAfter(draft.baselineDate())) {
            throw new ValidationError("targetDate", "indicator.error.targetDate");
        }
        if (draft.targetValue().compareTo(draft.baselineValue()) == 0) {
            throw new ValidationError("targetValue", "indicator.error.targetValue");
        }
        String source = draft.source() == null || draft.source().isBlank() ? null : draft.source().strip();
        if (source != null && source.length() > 500) {
            throw new ValidationError("source", "indicator.error.tooLong", 500);
        }
        indicators.findByName(initiativeId, name).filter(other -> !other.getId().equals(indicatorId)).ifPresent(other -> {
            throw new ValidationError("name", "indicator.error.duplicateName");
        });
        return new IndicatorDraft(draft.goalId(), name, unit, draft.direction(), draft.baselineValue(),
                draft.baselineDate(), draft.targetValue(), draft.targetDate(), source, draft.publicIndicator());
    }

    /** Deletes an indicator with its values (coordinators; the audit log keeps what it was). */
    @Transactional
    public void delete(long indicatorId, long expectedVersion) {
        Indicator indicator = stored(indicatorId);
        authorization.check(Action.MANAGE_INDICATORS, indicator.getInitiativeId());
        if (indicator.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The indicator changed since it was opened");
        }
        indicators.delete(indicator);
        indicators.flush(); // its values go with it (on delete cascade)
        audit.record("indicator.deleted", "indicator", indicatorId, indicator.getInitiativeId(), describe(indicator), null);
    }

    /** One indicator with its values: a public one for anyone who may see the initiative, others for members. */
    public IndicatorItem get(long indicatorId) {
        Indicator indicator = stored(indicatorId);
        if (!indicator.isPublicIndicator() || !published(indicator.getInitiativeId())
                || retired(indicator.getInitiativeId(), indicator.getGoalId())) {
            authorization.check(Action.VIEW_INTERNAL_INDICATORS, indicator.getInitiativeId());
        }
        return items.of(indicator);
    }

    /** The goals of the initiative with indicators the reader may see (none for visitors of an unpublished one). */
    public List<Long> goalsWithIndicators(long initiativeId) {
        boolean all = authorization.can(Action.VIEW_INTERNAL_INDICATORS, initiativeId);
        if (!all && !published(initiativeId)) {
            return List.of();
        }
        List<Long> goals = shared.get(new GoalsWith(initiativeId, all),
                () -> List.copyOf(indicators.goalsWithIndicators(initiativeId, all)));
        return all ? goals : goals.stream().filter(goal -> !retired(initiativeId, goal)).toList();
    }

    /** A page of a goal's indicators the reader may see, with their values. */
    public Slice<IndicatorItem> ofGoal(long initiativeId, long goalId, Pageable pageable) {
        boolean all = authorization.can(Action.VIEW_INTERNAL_INDICATORS, initiativeId);
        if (!all && (!published(initiativeId) || retired(initiativeId, goalId))) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        return shared.get(new OfGoal(initiativeId, goalId, all, pageable),
                () -> items.of(indicators.findOfGoal(initiativeId, goalId, all, pageable)));
    }

    /** Keys of the public page's reads that requests share while the database is unchanged (decision 67). */
    private record GoalsWith(long initiativeId, boolean internal) {
    }

    private record OfGoal(long initiativeId, long goalId, boolean internal, Pageable page) {
    }

    /** A page of every indicator of the initiative, by goal (coordinators' page). */
    public Slice<IndicatorItem> forManaging(long initiativeId, Pageable pageable) {
        authorization.check(Action.MANAGE_INDICATORS, initiativeId);
        return items.of(indicators.findOfInitiative(initiativeId, pageable));
    }

    /** A retired goal is off the public page, and so are its indicators. */
    private boolean retired(long initiativeId, long goalId) {
        return initiatives.findById(initiativeId).orElseThrow().goals().stream()
                .anyMatch(g -> g.id() == goalId && g.retired());
    }

    private boolean published(long initiativeId) {
        return initiatives.statusOf(initiativeId) == InitiativeStatus.PUBLISHED;
    }

    private Indicator stored(long indicatorId) {
        return indicators.findById(indicatorId).orElseThrow(() -> new NoSuchElementException("No indicator " + indicatorId));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationError(field, "indicator.error.required");
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new ValidationError(field, "indicator.error.tooLong", max);
        }
        return text;
    }

    /** A value that fits the database: at most 15 digits before the point, 4 after. */
    static void number(String field, BigDecimal value) {
        if (value == null) {
            throw new ValidationError(field, "indicator.error.required");
        }
        if (value.abs().compareTo(LIMIT) > 0 || value.stripTrailingZeros().scale() > 4) {
            throw new ValidationError(field, "indicator.error.number");
        }
    }

    private static String describe(Indicator i) {
        return "name=" + i.getName() + ", goal=" + i.getGoalId() + ", unit=" + i.getUnit() + ", direction="
                + i.getDirection() + ", baseline=" + i.getBaselineValue().toPlainString() + " (" + i.getBaselineDate()
                + "), target=" + i.getTargetValue().toPlainString() + " (" + i.getTargetDate() + "), source="
                + i.getSource() + ", public=" + i.isPublicIndicator();
    }
}
