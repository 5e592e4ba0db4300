package app.convene.timeline;

import java.time.Instant;

/** One status change of a milestone with its note. */
public record ProgressEntry(Instant at, String actor, MilestoneStatus status, String note) {
}
