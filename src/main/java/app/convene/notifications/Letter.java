package app.convene.notifications;

import java.util.Locale;

/**
 * One mail to one address, already written in its reader's language: the subject and the plain-text body
 * (the HTML part, the site's signature and the unsubscribe links are added when it is sent). For a person
 * ({@code personId}) and a kind of notice, the mail carries one-click unsubscribe links for that kind
 * (RFC 8058); a guest's or registrant's mail has neither. {@code calendar} and {@code calendarMethod}
 * attach an iCalendar message (RFC 6047) when present.
 */
public record Letter(String to, Locale language, String subject, String text, Long personId, NoticeKind kind,
                     String calendar, String calendarMethod) {

    public static Letter to(String address, Locale language, String subject, String text) {
        return new Letter(address, language, subject, text, null, null, null, null);
    }

    public Letter forPerson(long person, NoticeKind noticeKind) {
        return new Letter(to, language, subject, text, person, noticeKind, calendar, calendarMethod);
    }

    public Letter withCalendar(String ics, String method) {
        return new Letter(to, language, subject, text, personId, kind, ics, method);
    }
}
