package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries;
import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and who may manage a convening, from its stored row (minimal version of the calendar part;
 * the core part owns the rule): public ones everyone; members' ones anyone with a role in the initiative;
 * a workgroup's its members; the committee's its members; coordinators all.
 */
@Service
@Transactional(readOnly = true)
public class ConveningAccess {

    private final CalendarQueries queries;
    private final Authorization authorization;

    ConveningAccess(CalendarQueries queries, Authorization authorization) {
        this.queries = queries;
        this.authorization = authorization;
    }

    public boolean maySee(long conveningId) {
        return queries.convening(conveningId).map(this::maySee).orElse(false);
    }

    public boolean mayManage(long conveningId) {
        return queries.convening(conveningId).map(this::mayManage).orElse(false);
    }

    private boolean maySee(ConveningRow c) {
        if (mayManage(c)) {
            return true;
        }
        return switch (ConveningVisibility.valueOf(c.visibility())) {
            case PUBLIC -> true;
            case MEMBERS -> authorization.can(Action.VIEW_MEMBER_CONVENINGS, c.initiativeId());
            case WORKGROUP -> c.hostWorkgroupId() != null
                    && authorization.canInWorkgroup(Action.READ_WORKGROUP, c.hostWorkgroupId());
            case COMMITTEE -> {
                Set<InitiativeRole> roles = authorization.rolesIn(c.initiativeId());
                yield roles.contains(InitiativeRole.COMMITTEE_MEMBER) || roles.contains(InitiativeRole.COORDINATOR);
            }
        };
    }

    private boolean mayManage(ConveningRow c) {
        return authorization.can(Action.MANAGE_CONVENINGS, c.initiativeId())
                || (c.hostWorkgroupId() != null && authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, c.hostWorkgroupId()));
    }
}
