package app.convene.indicators;

import app.convene.indicators.internal.Indicator;
import app.convene.indicators.internal.IndicatorRepository;
import app.convene.indicators.internal.IndicatorValue;
import app.convene.indicators.internal.IndicatorValueRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's values, one per period (coordinators): add, change, delete. Checked on the stored indicator's
 * initiative; every change is audited with before and after.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValueService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Authorization authorization;
    private final AuditLog audit;

    IndicatorValueService(IndicatorRepository indicators, IndicatorValueRepository values, Authorization authorization,
                          AuditLog audit) {
        this.indicators = indicators;
        this.values = values;
        this.authorization = authorization;
        this.audit = audit;
    }

    /**
     * Adds ({@code valueId == null}) or changes a value of the indicator.
     *
     * @throws ValidationError no period or value, a value that does not fit, a note over 1,000 characters, a period
     *         that already has a value
     * @throws OptimisticLockingFailureException the value changed since {@code expectedVersion}
     */
    @Transactional
    public long save(long indicatorId, Long valueId, Long expectedVersion, ValueDraft draft) {
        Indicator indicator = indicators.findById(indicatorId)
                .orElseThrow(() -> new NoSuchElementException("No indicator " + indicatorId));
        authorization.check(Action.MANAGE_INDICATORS, indicator.getInitiativeId());
        IndicatorValue value = valueId == null ? new IndicatorValue(indicatorId) : values.findById(valueId)
                .filter(v -> v.getIndicatorId() == indicatorId)
                .orElseThrow(() -> new NoSuchElementException("No value " + valueId + " of indicator " + indicatorId));
        if (valueId != null && expectedVersion != null && value.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The value changed since it was opened");
        }
        FreeText.checked(draft);
        if (draft.periodEnd() == null) {
            throw new ValidationError("periodEnd", "indicator.error.required");
        }
        IndicatorService.number("value", draft.value());
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > 1000) {
            throw new ValidationError("note", "indicator.error.tooLong", 1000);
        }
        values.findPeriod(indicatorId, draft.periodEnd()).filter(other -> !other.getId().equals(valueId))
                .ifPresent(other -> {
                    throw new ValidationError("periodEnd", "indicator.error.periodTaken");
                });
        String before = valueId == null ? null : describe(indicator, value);
        value.write(draft.periodEnd(), draft.value(), note);
        value = values.saveAndFlush(value);
        audit.record(valueId == null ? "indicator.valueAdded" : "indicator.valueChanged", "indicator_value",
                value.getId(), indicator.getInitiativeId(), before, describe(indicator, value));
        return value.getId();
    }

    /** Deletes a value (coordinators). */
    @Transactional
    public void delete(long valueId, long expectedVersion) {
        IndicatorValue value = values.findById(valueId).orElseThrow(() -> new NoSuchElementException("No value " + valueId));
        Indicator indicator = indicators.findById(value.getIndicatorId()).orElseThrow();
        authorization.check(Action.MANAGE_INDICATORS, indicator.getInitiativeId());
        if (value.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("The value changed since it was opened");
        }
        values.delete(value);
        values.flush();
        audit.record("indicator.valueDeleted", "indicator_value", valueId, indicator.getInitiativeId(),
                describe(indicator, value), null);
    }

    static String describe(Indicator indicator, IndicatorValue value) {
        return indicator.getName() + ": " + value.getPeriodEnd() + " = " + value.getValue().toPlainString()
                + (value.getNote() == null ? "" : ", note=" + value.getNote());
    }
}
