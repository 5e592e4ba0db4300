package app.convene.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator as pages show it, with its values by period (oldest first). */
public record IndicatorItem(long id, long version, long initiativeId, long goalId, String name, String unit,
                            Direction direction, BigDecimal baselineValue, LocalDate baselineDate,
                            BigDecimal targetValue, LocalDate targetDate, String source, boolean publicIndicator,
                            List<PeriodValue> values) {

    /** The most recent value, if any. */
    public PeriodValue latest() {
        return values.isEmpty() ? null : values.getLast();
    }

    /** The form's view of this indicator. */
    public IndicatorDraft draft() {
        return new IndicatorDraft(goalId, name, unit, direction, baselineValue, baselineDate, targetValue, targetDate,
                source, publicIndicator);
    }
}
