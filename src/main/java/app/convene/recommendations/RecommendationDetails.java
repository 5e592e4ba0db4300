package app.convene.recommendations;

import java.time.Instant;

/**
 * A recommendation with its latest revision (null before the first save); {@code publishedRevision}
 * is the revision on the public page (null when none), {@code withdrawal} why it was withdrawn.
 */
public record RecommendationDetails(long id, long initiativeId, long sectionId, int position, String title,
                                 RecommendationStatus status, int revisionCount, RevisionItem latest,
                                 Integer publishedRevision, Withdrawal withdrawal) {

    /** Who withdrew the recommendation, when and why (shown to members). */
    public record Withdrawal(String reason, String by, Instant at) {
    }

    /** A correction of a published recommendation is being drafted or decided; the published text stays public. */
    public boolean correcting() {
        return publishedRevision != null && status != RecommendationStatus.PUBLISHED;
    }
}
