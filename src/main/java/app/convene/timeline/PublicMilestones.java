package app.convene.timeline;

import app.convene.shared.ui.RequestMemo;
import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneRepository;
import java.util.List;

/**
 * An initiative's public milestones as one request read them (RequestMemo, decision 0057): the public page's phases
 * count them ({@link MilestoneFigures#publicProgress}) and list them ({@link MilestoneService#publicByPhase}). Only
 * read here, never changed; a committed write makes the next request read them again.
 */
final class PublicMilestones {

    private record Of(long initiativeId) {
    }

    private PublicMilestones() {
    }

    static List<Milestone> of(MilestoneRepository milestones, long initiativeId) {
        return RequestMemo.get(new Of(initiativeId), () -> List.copyOf(milestones.findPublic(initiativeId)));
    }
}
