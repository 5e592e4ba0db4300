package app.convene.shared.ui;

import app.convene.shared.i18n.ConveneI18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them: in the zone of Convene's {@link Clock} and the reader's language.
 * The one formatter for every view (no view reads the JVM's default zone).
 */
@Component
public class DateTimes {

    private final Clock clock;

    public DateTimes(Clock clock) {
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "4 Mar 2020" / "4 mar 2020". */
    public DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ConveneI18NProvider.supported(locale))
                .withZone(zone());
    }

    /** Date and time of day, short: "3/4/20, 9:00 AM". */
    public DateTimeFormatter dateTimes(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(locale)).withZone(zone());
    }

    /** Date and time of day, medium: "Mar 4, 2020, 9:00:00 AM". */
    public DateTimeFormatter dateTimesMedium(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(locale)).withZone(zone());
    }

    public String date(Instant instant, Locale locale) {
        return instant == null ? "" : dates(locale).format(instant);
    }

    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : dates(locale).format(date);
    }

    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTimes(locale).format(instant);
    }
}
