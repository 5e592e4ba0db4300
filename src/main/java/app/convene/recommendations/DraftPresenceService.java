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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who else has a draft open: each open editor (a tab) reports while open and leaves when it closes (decision 0072). */
@Service
@Transactional(readOnly = true)
public class DraftPresenceService {

    /** How often an open editor reports itself present again, well within {@link PresenceRegistry#TTL}. */
    static final Duration REPORT_EVERY = Duration.ofMinutes(1);

    private final RecommendationRepository recommendations;
    private final RecommendationInitiatives initiatives;
    private final PresenceRegistry presence;
    private final Authorization authorization;
    private final Clock clock;

    DraftPresenceService(RecommendationRepository recommendations, RecommendationInitiatives initiatives,
                         PresenceRegistry presence, Authorization authorization, Clock clock) {
        this.recommendations = recommendations;
        this.initiatives = initiatives;
        this.presence = presence;
        this.authorization = authorization;
        this.clock = clock;
    }

    /**
     * Marks this open editor (a browser tab) of the signed-in member as having the draft open; returns who else has it
     * open now (on any node). On opening, and from an open editor whose {@link Pulse#reportDue() report is due}.
     */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public List<String> openedBy(long recommendationId, UUID editor) {
        // the draft's initiative is read once per push publication for its editors whose report is due
        long initiativeId = PushChannels.shared(new InitiativeOf(recommendationId),
                () -> initiatives.of(recommendationId));
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, initiativeId);
        return actor.personId() == null ? List.of()
                : presence.touch(recommendationId, actor.personId(), editor, actor.name(), clock.instant());
    }

    /**
     * An open editor's heartbeat (issue 19): who else has the draft open, how many revisions it has and by whom the
     * latest. What every open editor of the draft reads alike is read once per push publication (decision 0059:
     * {@link PushChannels#shared}); each editor then checks its own person's right to draft there. Read-only (decision
     * 0072): it writes nothing, so the person's roles and the initiative's state come from the shared reads and a
     * publication to n open editors costs no statement per editor. It answers whether this editor's last report is
     * older than {@link #REPORT_EVERY} (or missing); the editor then reports through {@link #openedBy}.
     */
    public Pulse pulse(long recommendationId, UUID editor) {
        Instant now = clock.instant();
        Snapshot draft = PushChannels.shared(new SnapshotKey(recommendationId), () -> snapshot(recommendationId, now));
        Actor actor = authorization.check(Action.DRAFT_RECOMMENDATIONS, draft.initiativeId());
        if (actor.personId() == null) {
            return new Pulse(List.of(), draft.revisionCount(), draft.latestAuthor(), false);
        }
        Optional<PresenceRegistry.Present> mine = draft.present().stream()
                .filter(p -> p.personId() == actor.personId() && p.editor().equals(editor)).findFirst();
        // a person with several editors open is named once (two people of the same name are two)
        List<String> others = draft.present().stream().filter(p -> p.personId() != actor.personId())
                .collect(Collectors.toMap(PresenceRegistry.Present::personId, PresenceRegistry.Present::name,
                        (first, same) -> first, LinkedHashMap::new))
                .values().stream().toList();
        boolean due = mine.isEmpty() || mine.get().seenAt().isBefore(now.minus(REPORT_EVERY));
        return new Pulse(others, draft.revisionCount(), draft.latestAuthor(), due);
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

    private record InitiativeOf(long recommendationId) {
    }

    /**
     * Who else has the draft open, its revision count and the latest revision's author (null before the first), and
     * whether the editor should report itself present again ({@link #openedBy}).
     */
    public record Pulse(List<String> others, int revisionCount, String latestAuthor, boolean reportDue) {
    }

    /** The signed-in member closed this editor of the draft (their other editors, if any, keep them present). */
    @Transactional
    @LeavesRequestMemos // only who has the draft open: nothing any request keeps
    public void closedBy(long recommendationId, UUID editor) {
        authorization.currentActor().filter(a -> a.personId() != null)
                .ifPresent(a -> presence.leave(recommendationId, a.personId(), editor));
    }
}
