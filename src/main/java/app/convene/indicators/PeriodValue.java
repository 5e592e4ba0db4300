package app.convene.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored value of an indicator, with its version for editing. */
public record PeriodValue(long id, long version, LocalDate periodEnd, BigDecimal value, String note) {
}
