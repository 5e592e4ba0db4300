package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.ConveningRepository;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeStatus;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for who sees a convening (and may RSVP to it) and who manages it, always from the STORED row:
 * PUBLIC → everyone, visitors too; MEMBERS → anyone with a role in the initiative; WORKGROUP → the host
 * workgroup's members and the coordinators; COMMITTEE → the steering committee and the coordinators.
 * Administrators see everything. In a draft initiative only its members see anything (as its pages).
 * Managing: the coordinators, and the leads of the host workgroup for the meetings it hosts.
 */
@Component
@Transactional(readOnly = true)
public class ConveningAccess {

    private final ConveningRepository convenings;
    private final Authorization authorization;
    private final InitiativeDirectory initiatives;

    ConveningAccess(ConveningRepository convenings, Authorization authorization, InitiativeDirectory initiatives) {
        this.convenings = convenings;
        this.authorization = authorization;
        this.initiatives = initiatives;
    }

    /** Whether the current reader (or visitor) may see the convening and RSVP to it; false when there is none. */
    public boolean maySee(long conveningId) {
        return convenings.findById(conveningId).map(this::maySee).orElse(false);
    }

    /** Whether the current person may change, move or cancel the convening and see its RSVPs. */
    public boolean mayManage(long conveningId) {
        return convenings.findById(conveningId).map(this::mayManage).orElse(false);
    }

    /** Whether the current person may create a convening in the initiative hosted by that workgroup (or none). */
    public boolean mayManageIn(long initiativeId, Long hostWorkgroupId) {
        return hostWorkgroupId != null && authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, hostWorkgroupId)
                || authorization.can(Action.MANAGE_CONVENINGS, initiativeId);
    }

    boolean mayManage(Convening convening) {
        return mayManageIn(convening.getInitiativeId(), convening.getHostWorkgroupId());
    }

    boolean maySee(Convening convening) {
        return maySee(convening.getInitiativeId(), convening.getVisibility(), convening.getHostWorkgroupId());
    }

    boolean maySee(ConveningItem convening) {
        return maySee(convening.initiativeId(), convening.visibility(), convening.hostWorkgroupId());
    }

    boolean mayManage(ConveningItem convening) {
        return mayManageIn(convening.initiativeId(), convening.hostWorkgroupId());
    }

    private boolean maySee(long initiativeId, ConveningVisibility visibility, Long hostWorkgroupId) {
        boolean administrator = authorization.currentActor().map(a -> a.administrator() || a.isSystem()).orElse(false);
        if (administrator) {
            return true;
        }
        Set<InitiativeRole> roles = authorization.rolesIn(initiativeId);
        if (initiatives.statusOf(initiativeId) == InitiativeStatus.DRAFT && roles.isEmpty()) {
            return false;
        }
        boolean coordinator = roles.contains(InitiativeRole.COORDINATOR);
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> authorization.can(Action.VIEW_MEMBER_CONVENINGS, initiativeId);
            case WORKGROUP -> coordinator || hostWorkgroupId != null
                    && (authorization.canInWorkgroup(Action.READ_WORKGROUP, hostWorkgroupId));
            case COMMITTEE -> coordinator || roles.contains(InitiativeRole.COMMITTEE_MEMBER);
        };
    }

    /** The refusal the way every service words it: "Sign in to …" for visitors, "<name> may not …" otherwise. */
    public AccessDeniedException refused(String doing) {
        return new AccessDeniedException(authorization.currentActor().filter(a -> !a.isSystem())
                .map(a -> a.name() + " may not " + doing).orElse("Sign in to " + doing));
    }
}
