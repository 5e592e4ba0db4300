package app.convene.security;

import java.util.Optional;

/**
 * What {@link Authorization} needs to know about workgroups, supplied by the workgroups module
 * (which depends on security, not the other way round).
 */
public interface WorkgroupRoles {

    enum Role { LEAD, MEMBER }

    /** The initiative the workgroup belongs to. */
    Optional<Long> initiativeOf(long workgroupId);

    /** The person's role in the workgroup, if they belong to it. */
    Optional<Role> roleOf(long personId, long workgroupId);
}
