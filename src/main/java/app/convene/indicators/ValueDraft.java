package app.convene.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of an indicator: the period it closes, the value and an optional note (form field names). */
public record ValueDraft(LocalDate periodEnd, BigDecimal value, String note) {
}
