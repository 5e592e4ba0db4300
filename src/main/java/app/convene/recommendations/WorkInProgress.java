package app.convene.recommendations;

import java.time.Instant;

/** Someone's unsaved text of a recommendation, as last typed, and the revision it started from. */
public record WorkInProgress(int baseRevision, String title, String body, String summary, Instant updatedAt) {
}
