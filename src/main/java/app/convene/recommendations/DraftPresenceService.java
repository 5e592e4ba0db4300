package app.convene.recommendations;

import app.convene.recommendations.internal.PresenceRegistry;
import app.convene.recommendations.internal.RecommendationRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.LeavesRequestMemos;
import app.convene.shared.ui.PushChannels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who else has a draft open: editors report while open and leave when they close it. */
@Service
@Transactional(readOnly = true)
public class DraftPresenceService {

    /** How often an open editor reports itself present again, well within {@link PresenceRegistry#TTL}. */
    static final Duration REPORT_EVERY = Duration.ofMinutes(1);

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
     * An open editor's heartbeat (issue 19): who else has the draft open, how many revisions it has and by whom the
     * latest. What every open editor of the draft reads alike is read once per push publication (decision 0059:
     * {@link PushChannels#shared}); each editor then checks its own person's right to draft there. The editor reports
     * itself present again only when its last report is older than {@link #REPORT_EVERY} (or missing), not at every
     * pulse: a publication to n open editors no longer writes n times.
     */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public Pulse pulse(long recommendationId) {
        Instant now = clock.instant();
        Snapshot draft = PushChannels.shared(new SnapshotKey(recommendationId), () -> snapshot(recommendationId, now));
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, draft.initiativeId());
        if (actor.personId() == null) {
            return new Pulse(List.of(), draft.revisionCount(), draft.latestAuthor());
        }
        Optional<PresenceRegistry.Present> me = draft.present().stream()
                .filter(p -> p.personId() == actor.personId()).findFirst();
        List<String> others;
        if (me.isEmpty() || me.get().seenAt().isBefore(now.minus(REPORT_EVERY))) {
            // once per person and publication: their other open editors (other tabs) report nothing new (decision 71)
            others = PushChannels.shared(new TouchKey(recommendationId, actor.personId()), () -> List.copyOf(
                    presence.touch(recommendationId, actor.personId(), actor.name(), now)));
        } else {
            others = draft.present().stream().filter(p -> p.personId() != actor.personId())
                    .map(PresenceRegistry.Present::name).toList();
        }
        return new Pulse(others, draft.revisionCount(), draft.latestAuthor());
    }

    private Snapshot snapshot(long recommendationId, Instant now) {
        RecommendationRepository.LatestSave latest = recommendations.latestSave(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("recommendation " + recommendationId));
        return new Snapshot(latest.getInitiativeId(), latest.getRevisionCount(), latest.getLatestAuthor(),
                presence.present(recommendationId, now));
    }

    /** What every open editor of a draft reads alike: its initiative, revisions, latest author, who has it open. */
    private record Snapshot(long initiativeId, int revisionCount, String latestAuthor,
                            List<PresenceRegistry.Present> present) {
    }

    private record SnapshotKey(long recommendationId) {
    }

    private record TouchKey(long recommendationId, long personId) {
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
