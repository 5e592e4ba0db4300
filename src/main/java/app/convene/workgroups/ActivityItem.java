package app.convene.workgroups;

import java.time.Instant;

/** One line of a workgroup's recent changes. Kind labels: {@code activity.<kind>}. */
public record ActivityItem(Instant at, String actor, String kind, String detail) {
}
