package app.convene.notifications;

import java.util.Arrays;
import java.util.List;

/**
 * A notice for one person, as a module asks for it: its kind, the i18n key of its text and the key's
 * parameters (shown in the reader's language when read or mailed), the initiative it belongs to (digests
 * group by it; {@code null} for none), a link to the thing itself (a route, relative to the site), and for
 * mail at once an optional calendar part (RFC 6047: the iCalendar text and its METHOD).
 */
public record Notification(NoticeKind kind, long personId, Long initiativeId, String messageKey, List<String> params,
                           String link, String calendar, String calendarMethod) {

    public Notification {
        params = params.stream().map(p -> p == null ? "" : p).toList();
    }

    public static Notification of(NoticeKind kind, long personId, String messageKey, String... params) {
        return new Notification(kind, personId, null, messageKey, Arrays.asList(params), null, null, null);
    }

    public Notification in(Long initiative) {
        return new Notification(kind, personId, initiative, messageKey, params, link, calendar, calendarMethod);
    }

    public Notification linkTo(String target) {
        return new Notification(kind, personId, initiativeId, messageKey, params, target, calendar, calendarMethod);
    }

    public Notification withCalendar(String ics, String method) {
        return new Notification(kind, personId, initiativeId, messageKey, params, link, ics, method);
    }
}
