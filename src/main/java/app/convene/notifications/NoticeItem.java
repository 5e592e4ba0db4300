package app.convene.notifications;

import java.time.Instant;

/** An in-app notice as its person reads it: an i18n key and its parameters. */
public record NoticeItem(long id, String messageKey, String[] params, String link, Instant at, boolean unread) {
}
