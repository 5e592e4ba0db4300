package app.convene.security;

import app.convene.security.internal.Person;
import app.convene.security.internal.PersonQueries;
import app.convene.security.internal.PersonRepository;
import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person reads their mail and notices in: chosen in their profile, first set at their first
 * sign-in to the language of that session, English for people known before (or never signed in).
 */
@Service
@Transactional(readOnly = true)
public class PersonLanguages {

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final Authorization authorization;
    private final AuditLog audit;

    PersonLanguages(PersonRepository persons, PersonQueries queries, Authorization authorization, AuditLog audit) {
        this.persons = persons;
        this.queries = queries;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** The person's language (a supported one), English when they chose none; for mail written to them. */
    public Locale of(long personId) {
        return queries.language(personId).map(Locale::forLanguageTag).map(ConveneI18NProvider::supported)
                .orElse(ConveneI18NProvider.ENGLISH);
    }

    /** The signed-in person's language. */
    public Locale mine() {
        return of(me().personId());
    }

    /**
     * Changes the signed-in person's language (audited).
     *
     * @throws ValidationError ({@code language}, {@code language.error.unsupported}) for a language Convene does
     *                         not speak
     */
    @Transactional
    public void changeMine(Locale language) {
        Actor me = me();
        if (language == null || !ConveneI18NProvider.LOCALES.contains(language)) {
            throw new ValidationError("language", "language.error.unsupported");
        }
        Person person = persons.findById(me.personId()).orElseThrow();
        String before = person.getLanguage();
        if (language.getLanguage().equals(before)) {
            return;
        }
        person.setLanguage(language.getLanguage());
        audit.record("person.language", "person", me.personId(), null, "language=" + before,
                "language=" + language.getLanguage());
    }

    private Actor me() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to choose your language"));
    }
}
