package app.convene.recommendations;

import app.convene.recommendations.internal.WorkRepository;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's unsaved text of a draft, kept on the server as they type, so a closed
 * tab, a lost connection or a refused save loses nothing.
 */
@Service
@Transactional(readOnly = true)
public class KeptWorkService {

    private final RecommendationInitiatives initiatives;
    private final WorkRepository work;
    private final Authorization authorization;
    private final Clock clock;

    KeptWorkService(RecommendationInitiatives initiatives, WorkRepository work, Authorization authorization,
                    Clock clock) {
        this.initiatives = initiatives;
        this.work = work;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** Keeps the text (called as the member types). Limits are checked only on save, so long text is clipped. */
    @Transactional
    public void keepWork(long recommendationId, int baseRevision, String title, String body, String summary) {
        Actor actor = drafter(recommendationId);
        if (actor.personId() == null) {
            return;
        }
        work.keep(recommendationId, actor.personId(), baseRevision, clip(title, RecommendationService.TITLE_MAX),
                clip(body, RecommendationService.BODY_MAX), clip(summary, RecommendationService.SUMMARY_MAX),
                clock.instant());
    }

    /** The signed-in member's kept unsaved text, if any. */
    public Optional<WorkInProgress> myWork(long recommendationId) {
        Actor actor = drafter(recommendationId);
        if (actor.personId() == null) {
            return Optional.empty();
        }
        return work.find(recommendationId, actor.personId())
                .map(r -> new WorkInProgress(r.baseRevision(), r.title(), r.body(), r.summary(), r.updatedAt()));
    }

    /** Throws the signed-in member's unsaved text away. */
    @Transactional
    public void discardWork(long recommendationId) {
        Actor actor = drafter(recommendationId);
        if (actor.personId() != null) {
            work.discard(recommendationId, actor.personId());
        }
    }

    private Actor drafter(long recommendationId) {
        return authorization.check(Action.DRAFT_RECOMMENDATIONS, initiatives.of(recommendationId));
    }

    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
