package app.convene.recommendations.ui;

import app.convene.recommendations.DraftPresenceService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * One open editor (a browser tab) as the others see it (decision 0072): reported present after its page is drawn,
 * again from a push refresh when its report is due, and gone when it closes or moves to another recommendation. The
 * page is drawn in one read-only transaction, so {@link #opening} only notes what changed and {@link #report} writes
 * it afterwards (decision 0082). Each recommendation it closes is handed to {@code closed} (the page tells that draft's
 * other editors).
 */
final class EditorPresence {

    /** Who else has the draft open, its revision count and the latest revision's author (null before the first). */
    record Seen(List<String> others, int revisionCount, String latestAuthor) {
    }

    private final DraftPresenceService presence;
    private final LongConsumer closed;
    /** This editor among its person's open editors of the draft. */
    private final UUID editorId = UUID.randomUUID();
    private boolean open;
    private long id;
    /** The recommendation this editor had open before {@link #opening} moved it to another: closed by {@link #report}. */
    private Long leftBehind;

    EditorPresence(DraftPresenceService presence, LongConsumer closed) {
        this.presence = presence;
        this.closed = closed;
    }

    /** The editor opens {@code recommendationId} (nothing written yet). */
    void opening(long recommendationId) {
        if (open && id != recommendationId) {
            leftBehind = id;
        }
        id = recommendationId;
        open = true;
    }

    boolean isOpen() {
        return open;
    }

    /** Closes the recommendation left behind, if any, and reports this editor present; who else has it open. */
    List<String> report() {
        closeLeftBehind();
        return presence.openedBy(id, editorId);
    }

    /** A push refresh: read-only, reporting again only when due; empty once the editor closed (a refresh queued before). */
    Optional<Seen> pulse() {
        if (!open) {
            return Optional.empty();
        }
        DraftPresenceService.Pulse pulse = presence.pulse(id, editorId);
        List<String> others = pulse.reportDue() ? presence.openedBy(id, editorId) : pulse.others();
        return Optional.of(new Seen(others, pulse.revisionCount(), pulse.latestAuthor()));
    }

    /** The drafter left the page (or now only reads there): the recommendation left behind, if any, closed too. */
    void left() {
        closeLeftBehind();
        if (open) {
            open = false;
            presence.closedBy(id, editorId);
            closed.accept(id);
        }
    }

    private void closeLeftBehind() {
        if (leftBehind != null) {
            long behind = leftBehind;
            leftBehind = null;
            presence.closedBy(behind, editorId);
            closed.accept(behind);
        }
    }
}
