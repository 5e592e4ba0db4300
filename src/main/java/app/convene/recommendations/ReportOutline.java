package app.convene.recommendations;

import java.util.List;

/** A report with its ordered sections and their ordered recommendations (titles and statuses only). */
public record ReportOutline(long id, String title, List<Section> sections) {

    public record Section(long id, int position, String title, List<Item> recommendations) {
    }

    public record Item(long id, int position, String title, RecommendationStatus status, int revisionCount) {
    }
}
