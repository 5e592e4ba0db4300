package app.convene.recommendations.ui;

import app.convene.shared.i18n.ConveneI18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When something was saved or said, in the reader's language (date and time of day). */
final class Moments {

    private Moments() {
    }

    static String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ConveneI18NProvider.supported(locale)).withZone(ZoneId.systemDefault()).format(at);
    }
}
