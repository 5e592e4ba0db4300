package app.convene.convenings.ui;

import app.convene.shared.i18n.ConveneI18NProvider;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** A convening's time as people read it: "Mar 4, 2020, 9:00 AM – 12:00 PM (Eastern Time)", in a given zone. */
final class ConveningTimes {

    private ConveningTimes() {
    }

    static String span(ZonedDateTime start, ZonedDateTime end, ZoneId zone, Locale locale) {
        Locale language = ConveneI18NProvider.supported(locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language);
        ZonedDateTime from = start.withZoneSameInstant(zone);
        ZonedDateTime to = end.withZoneSameInstant(zone);
        String until = from.toLocalDate().equals(to.toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(to)
                : dateTime.format(to);
        return dateTime.format(from) + " – " + until + " (" + zone.getDisplayName(TextStyle.FULL, language) + ")";
    }

    static String at(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(locale)).format(time) + " ("
                + time.getZone().getDisplayName(TextStyle.FULL, ConveneI18NProvider.supported(locale)) + ")";
    }
}
