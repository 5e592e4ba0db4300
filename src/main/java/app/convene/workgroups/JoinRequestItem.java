package app.convene.workgroups;

import app.convene.stakeholders.Sector;
import java.time.Instant;

/** A join request in a lead's queue. */
public record JoinRequestItem(long id, long workgroupId, long personId, String name, String organization, Sector sector,
                              String reason, JoinRequestStatus status, Instant requestedAt) {
}
