package app.convene.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a coordinator enters for an indicator; the component names are the form's field names, so that a
 * {@link app.convene.shared.ValidationError} is shown by its field.
 */
public record IndicatorDraft(Long goalId, String name, String unit, Direction direction, BigDecimal baselineValue,
                             LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, String source,
                             boolean publicIndicator) {
}
