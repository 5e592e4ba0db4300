package app.convene.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the dashboard shows for one initiative (or, {@code initiativeId} null, for every initiative): the
 * funnel, new people per stage per quarter, the funnel by each dimension, the targets against the actual, the
 * milestones, the recommendation pipeline and the convenings. Each table has an id its CSV download is named by.
 */
public record ParticipationDashboard(Long initiativeId, DataTable funnel, DataTable quarters, List<DataTable> byDimension,
                                     List<TargetStatus> targets, DataTable milestonesByPhase,
                                     DataTable milestonesByWorkgroup, DataTable recommendations, DataTable convenings,
                                     DataTable accommodations) {

    /** Every table, in page order (the targets are the caller's: see {@link TargetService#table}). */
    public List<DataTable> tables() {
        List<DataTable> all = new ArrayList<>(List.of(funnel, quarters));
        all.addAll(byDimension);
        all.addAll(List.of(milestonesByPhase, milestonesByWorkgroup, recommendations, convenings, accommodations));
        return all;
    }

    public Optional<DataTable> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
