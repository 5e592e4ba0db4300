package app.convene.recommendations;

/** A recommendation with its latest revision (null before the first save). */
public record RecommendationView(long id, long initiativeId, long sectionId, int position, String title,
                                 RecommendationStatus status, int revisionCount, RevisionView latest) {
}
