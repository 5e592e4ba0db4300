package app.convene.security;

import java.time.Instant;

/** An in-app notice as its person reads it. */
public record NoticeView(long id, String text, String link, Instant at, boolean unread) {
}
