package app.convene.recommendations;

import app.convene.recommendations.internal.PresenceRegistry;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.LeavesRequestMemos;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who else has a draft open: editors report while open and leave when they close it. */
@Service
@Transactional(readOnly = true)
public class DraftPresenceService {

    private final RecommendationRepository recommendations;
    private final PresenceRegistry presence;
    private final Authorization authorization;
    private final Clock clock;

    DraftPresenceService(RecommendationRepository recommendations, PresenceRegistry presence,
                         Authorization authorization, Clock clock) {
        this.recommendations = recommendations;
        this.presence = presence;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** Marks the signed-in member as having the draft open; returns who else has it open now (on any node). */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public List<String> openedBy(long recommendationId) {
        return here(recommendationId, recommendations.initiativeOf(recommendationId));
    }

    /** Checks that the signed-in person may draft there, marks them present and answers who else is. */
    private List<String> here(long recommendationId, long initiativeId) {
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, initiativeId);
        return actor.personId() == null ? List.of()
                : presence.touch(recommendationId, actor.personId(), actor.name(), clock.instant());
    }

    /**
     * An open editor's heartbeat (issue 19): marks the member as still there and answers who else has the draft open
     * and how many revisions it has, by whom the latest, in one check and two statements; the editor's full
     * recommendation (with the latest text) is not read again for it.
     */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public Pulse pulse(long recommendationId) {
        RecommendationRepository.LatestSave latest = recommendations.latestSave(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("recommendation " + recommendationId));
        return new Pulse(here(recommendationId, latest.getInitiativeId()), latest.getRevisionCount(),
                latest.getLatestAuthor());
    }

    /** Who else has the draft open, its revision count and the latest revision's author (null before the first). */
    public record Pulse(List<String> others, int revisionCount, String latestAuthor) {
    }

    /** The signed-in member closed the draft. */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public void closedBy(long recommendationId) {
        authorization.currentActor().filter(a -> a.personId() != null)
                .ifPresent(a -> presence.leave(recommendationId, a.personId()));
    }
}
