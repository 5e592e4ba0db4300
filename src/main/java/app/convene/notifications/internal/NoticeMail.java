package app.convene.notifications.internal;

import app.convene.notifications.Letter;
import app.convene.notifications.Notification;
import app.convene.notifications.Postman;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.SiteSettings;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mails a notice at once, in its reader's language: the subject and text from the notice's i18n key and
 * parameters (the key's {@code .subject} and {@code .mail} variants when the bundles have them), a link to the
 * thing itself, and the one-click unsubscribe link for its kind. Sent by the {@link Postman}: after the commit of
 * the change that left the notice, and never lost (decision 0033).
 */
@Component
public class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);
    private static final int SUBJECT_LENGTH = 150;

    private final Postman postman;
    private final PersonService persons;
    private final ReaderLanguages languages;
    private final ConveneI18NProvider i18n;
    private final SiteSettings site;

    NoticeMail(Postman postman, PersonService persons, ReaderLanguages languages, ConveneI18NProvider i18n,
               SiteSettings site) {
        this.postman = postman;
        this.persons = persons;
        this.languages = languages;
        this.i18n = i18n;
        this.site = site;
    }

    /** Called inside the transaction that saved the notice. */
    public void mailAtOnce(Notice notice, Notification notification) {
        String address = persons.find(notification.personId()).map(PersonSummary::email).orElse(null);
        if (address == null || address.isBlank()) {
            log.info("Notice {} not mailed: person {} has no mail address", notice.getId(), notification.personId());
            return;
        }
        Locale language = languages.of(notification.personId());
        Object[] params = notification.params().toArray();
        String key = notification.messageKey();
        String text = i18n.getTranslation(key, language, params);
        String subject = i18n.has(key + ".subject", language) ? i18n.getTranslation(key + ".subject", language, params)
                : firstLine(text);
        StringBuilder body = new StringBuilder(i18n.has(key + ".mail", language)
                ? i18n.getTranslation(key + ".mail", language, params) : text);
        if (notification.link() != null && !notification.link().isBlank()) {
            body.append("\n\n").append(i18n.getTranslation("mail.notice.open", language, absolute(notification.link())));
        }
        body.append("\n\n").append(i18n.getTranslation("mail.notice.why", language));
        Letter letter = Letter.to(address, language, subject, body.toString())
                .forPerson(notification.personId(), notification.kind());
        postman.send(notification.calendar() == null ? letter
                : letter.withCalendar(notification.calendar(), notification.calendarMethod()));
    }

    /** A link to a page of the site as the reader's mail program needs it: absolute, from the site's public address. */
    String absolute(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        String base = site.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/"
                + (link.startsWith("/") ? link.substring(1) : link);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
    }
}
