package app.convene.workgroups;

import app.convene.security.WorkgroupRoles;
import app.convene.stakeholders.Sector;
import java.time.Instant;

/** A member as the workgroup's members see them. */
public record MemberItem(long personId, String name, String organization, Sector sector, String region,
                         WorkgroupRoles.Role role, Instant joinedAt) {
}
