package app.convene.recommendations;

import java.time.Instant;

/** A published recommendation as the public sees it: the exact revision the committee approved. */
public record PublishedRecommendation(long id, String report, String section, String title, String body,
                                      int revisionNumber, Instant decidedAt) {
}
