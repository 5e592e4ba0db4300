package app.convene.implementation;

import app.convene.indicators.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator linked to a tracked recommendation, as the tracking and the public page show it: name, unit, which
 * way it improves, its latest value (null when none yet) with the period it ends, and its target.
 */
public record LinkedIndicator(long id, String name, String unit, Direction direction, BigDecimal latestValue,
                              LocalDate latestPeriodEnd, BigDecimal targetValue, LocalDate targetDate,
                              boolean publicIndicator) {

    /** The picker's view of this indicator (the same label the picker lists it with). */
    public PickerOption option() {
        return new PickerOption(id, name);
    }
}
