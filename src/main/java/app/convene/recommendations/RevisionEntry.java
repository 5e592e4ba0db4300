package app.convene.recommendations;

import java.time.Instant;

/** One line of a recommendation's history: which revision, who saved it, when, and its one-line summary (no text). */
public record RevisionEntry(int number, String authorName, Instant createdAt, String summary) {
}
