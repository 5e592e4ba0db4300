package app.convene.analytics;

import java.math.BigDecimal;

/**
 * A target against the actual: how many people the population holds (exact), how many of them are in the
 * target's categories ({@code actual}; null when disclosure control suppressed it), that as a percentage and
 * the gap to the threshold in percentage points (negative: short of it), both rounded half up to one decimal
 * and null when the actual is suppressed or the population is empty.
 */
public record TargetStatus(Target target, long population, Long actual, BigDecimal actualPercent, BigDecimal gap) {

    public boolean met() {
        return gap != null && gap.signum() >= 0;
    }
}
