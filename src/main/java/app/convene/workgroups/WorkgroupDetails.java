package app.convene.workgroups;

import app.convene.security.WorkgroupRoles;

/**
 * A workgroup's page: its public facts, and where the viewer stands (member role, open request).
 *
 * @param myRole      the viewer's role, null if not a member
 * @param myRequestId the viewer's pending join request, or null
 */
public record WorkgroupDetails(long id, long version, long initiativeId, String name, String goal, String charter,
                               Integer capacity, boolean closed, long members, WorkgroupRoles.Role myRole,
                               Long myRequestId) {

    public boolean accepting() {
        return !closed && (capacity == null || members < capacity);
    }
}
