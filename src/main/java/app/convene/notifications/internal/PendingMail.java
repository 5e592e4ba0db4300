package app.convene.notifications.internal;

import app.convene.notifications.NoticeKind;
import java.time.Instant;
import java.util.Locale;

/** A mail_delivery row as the sender and the administrators' page read it. */
public record PendingMail(String messageId, String state, String to, Locale language, String subject, String text,
                          Long personId, NoticeKind kind, String calendar, String calendarMethod, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt) {
}
