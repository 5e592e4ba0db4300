package app.convene.recommendations.ui;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When something was saved or said, in the reader's language (date and time of day), and the
 * date-time pickers' values: all in the zone of Convene's clock ({@link DateTimes}).
 */
final class Moments {

    private final DateTimes dateTimes;
    private final Clock clock;

    Moments(DateTimes dateTimes, Clock clock) {
        this.dateTimes = dateTimes;
        this.clock = clock;
    }

    String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(locale)).withZone(dateTimes.zone()).format(at);
    }

    /** The time of day now, to the minute, plus the given days (a picker's default). */
    LocalDateTime daysFromNow(int days) {
        return LocalDateTime.now(clock.withZone(dateTimes.zone())).plusDays(days).withSecond(0).withNano(0);
    }

    /** A picker's value as an instant (null stays null). */
    Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(dateTimes.zone()).toInstant();
    }
}
