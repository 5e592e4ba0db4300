package app.convene.convenings;

import app.convene.convenings.internal.RsvpQueries;
import app.convene.convenings.internal.RsvpQueries.ConveningRow;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a convening (and so RSVP to it) and who may manage it, from the stored row: PUBLIC
 * everyone; MEMBERS anyone with a role in the initiative; WORKGROUP the host workgroup's members and
 * coordinators; COMMITTEE committee members and coordinators. Managing: coordinators, and the host
 * workgroup's leads. (Minimal version written by the RSVP part; the core part owns this rule.)
 */
@Service
@Transactional(readOnly = true)
public class ConveningAccess {

    private final RsvpQueries queries;
    private final Authorization authorization;

    ConveningAccess(RsvpQueries queries, Authorization authorization) {
        this.queries = queries;
        this.authorization = authorization;
    }

    public boolean maySee(long conveningId) {
        Optional<ConveningRow> row = queries.convening(conveningId);
        if (row.isEmpty()) {
            return false;
        }
        ConveningRow c = row.get();
        boolean administrator = authorization.currentActor().map(a -> a.administrator() || a.isSystem()).orElse(false);
        Set<InitiativeRole> roles = authorization.rolesIn(c.initiativeId());
        return administrator || switch (ConveningVisibility.valueOf(c.visibility())) {
            case PUBLIC -> true;
            case MEMBERS -> authorization.can(Action.VIEW_MEMBER_CONVENINGS, c.initiativeId());
            case WORKGROUP -> roles.contains(InitiativeRole.COORDINATOR)
                    || authorization.canInWorkgroup(Action.READ_WORKGROUP, c.hostWorkgroupId());
            case COMMITTEE -> roles.contains(InitiativeRole.COORDINATOR) || roles.contains(InitiativeRole.COMMITTEE_MEMBER);
        };
    }

    public boolean mayManage(long conveningId) {
        return queries.convening(conveningId).map(c -> authorization.can(Action.MANAGE_CONVENINGS, c.initiativeId())
                || c.hostWorkgroupId() != null
                && authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, c.hostWorkgroupId())).orElse(false);
    }
}
