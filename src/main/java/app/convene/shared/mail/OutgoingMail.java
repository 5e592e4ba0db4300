package app.convene.shared.mail;

import java.util.Locale;

/**
 * One mail as Convene hands it to the mail server: to one address, in one language, with a stable
 * {@code Message-ID} (the same at every attempt, so a mail sent twice is recognisably the same one), its
 * subject and plain text (the site's signature and the HTML part are added by the {@link Mailer}), an optional
 * one-click unsubscribe address (RFC 8058; {@code null} for none) and an optional iCalendar message.
 */
public record OutgoingMail(String to, Locale language, String messageId, String subject, String text,
                           String unsubscribeUrl, String calendar, String calendarMethod) {
}
