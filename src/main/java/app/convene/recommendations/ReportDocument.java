package app.convene.recommendations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything an exported report shows, in order: the title page, sections, recommendations and decisions;
 * dates are written in {@code zone}, the zone of Convene's clock.
 */
public record ReportDocument(String initiative, String title, boolean approvedOnly, Instant generatedAt,
                             List<String> contributors, List<Section> sections, ZoneId zone) {

    public record Section(String title, List<Item> recommendations) {
    }

    /** One recommendation: the text shown (the approved revision, or the latest), and its last decision. */
    public record Item(String title, RecommendationStatus status, int revisionNumber, String body, List<String> authors,
                       List<String> sources, Decision decision) {
    }

    /** The decision record: the round's result and rule, and every response with its reason. */
    public record Decision(int revisionNumber, RecommendationStatus result, Instant closedAt, int quorum, int eligible,
                           List<RoundItem.Response> responses) {
    }
}
