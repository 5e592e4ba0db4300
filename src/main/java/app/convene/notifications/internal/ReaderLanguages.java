package app.convene.notifications.internal;

import app.convene.security.PersonLanguages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The language a person reads their notices and mail in (their profile's choice; English when none). */
@Component
public class ReaderLanguages {

    private final PersonLanguages languages;

    ReaderLanguages(PersonLanguages languages) {
        this.languages = languages;
    }

    public Locale of(long personId) {
        return languages.of(personId);
    }
}
