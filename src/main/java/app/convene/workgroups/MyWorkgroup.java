package app.convene.workgroups;

import app.convene.security.WorkgroupRoles;

/** One of the signed-in person's workgroups, or a request still open. */
public record MyWorkgroup(long workgroupId, long initiativeId, String initiativeSlug, String initiativeName,
                          String workgroupName, WorkgroupRoles.Role role, JoinRequestStatus request, Long requestId) {
}
