package app.convene.recommendations;

import java.util.List;

/** What happened to a save: accepted as a new revision, or refused because someone saved first. */
public sealed interface SaveResult {

    /** The save became this revision. */
    record Saved(RevisionItem revision) implements SaveResult {
    }

    /**
     * Someone saved after the writer opened the draft: nothing was overwritten. {@code since} lists
     * the revisions saved after {@code baseRevision}, oldest first; {@code yourTitle} and
     * {@code yourBody} are the writer's text, unchanged, to merge, save on top or discard.
     */
    record Conflict(int baseRevision, List<RevisionItem> since, String yourTitle, String yourBody)
            implements SaveResult {
        public RevisionItem latest() {
            return since.getLast();
        }
    }
}
