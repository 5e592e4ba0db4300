package app.convene.recommendations;

import java.time.Instant;

/**
 * A published recommendation as the public sees it: the exact revision the committee approved;
 * {@code correctedAt} is when a corrected revision replaced the one first published (else null).
 */
public record PublishedRecommendation(long id, String report, String section, String title, String body,
                                      int revisionNumber, Instant decidedAt, Instant correctedAt) {
}
