package app.convene.recommendations;

import java.time.Instant;

/** One saved revision of a recommendation: who saved it, when, with which one-line summary. */
public record RevisionItem(long recommendationId, int number, String title, String body, String summary,
                           String authorName, Instant createdAt) {
}
