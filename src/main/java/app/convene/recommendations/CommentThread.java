package app.convene.recommendations;

import java.time.Instant;
import java.util.List;

/**
 * A comment and its replies, placed on the latest revision: {@code paragraph} is where its anchored
 * paragraph is now (0-based), or -1 when that paragraph changed beyond recognition (outdated);
 * {@code quote} is the paragraph as it read when the comment was written. A deleted comment keeps its
 * place (so its replies stay) with no body; {@code editedAt} marks an edited one; {@code mine} says
 * whether the signed-in person wrote it (and so may edit or delete it).
 */
public record CommentThread(long id, int revisionNumber, int paragraph, String quote, String author, String body,
                            Instant createdAt, boolean resolved, String resolvedBy, List<Reply> replies,
                            Instant editedAt, Removal removed, boolean mine) {

    public boolean outdated() {
        return paragraph < 0;
    }

    public record Reply(long id, String author, String body, Instant createdAt, Instant editedAt, Removal removed,
                        boolean mine) {
    }

    /** Who deleted the comment: its author (no reason) or a coordinator moderating (with a reason). */
    public record Removal(String by, String reason, Instant at) {
    }
}
