package app.convene.convenings;

import app.convene.convenings.internal.Convening;
import app.convene.convenings.internal.MinutesQueries;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who does what with a convening's minutes, from the STORED convening: the host (whoever manages the convening)
 * drafts; the chair approves — a coordinator, or for a workgroup meeting also the host workgroup's lead; the
 * attendees (a confirmed RSVP of their own) read the text in review and comment.
 */
@Component
class MinutesAccess {

    private final ConveningAccess access;
    private final Authorization authorization;
    private final MinutesQueries queries;

    MinutesAccess(ConveningAccess access, Authorization authorization, MinutesQueries queries) {
        this.access = access;
        this.authorization = authorization;
        this.queries = queries;
    }

    /** What the current reader may do with the minutes of the convening. */
    record Roles(boolean host, boolean chair, boolean attendee) {
        boolean inCircle() {
            return host || chair || attendee;
        }
    }

    /** A refusal worded as every service words it (see {@link ConveningAccess#refused}). */
    AccessDeniedException denied(String what) {
        return access.refused(what);
    }

    Roles of(Convening convening) {
        boolean chair = authorization.can(Action.MANAGE_CONVENINGS, convening.getInitiativeId())
                || convening.getKind() == ConveningKind.WORKGROUP_MEETING && convening.getHostWorkgroupId() != null
                && authorization.canInWorkgroup(Action.MANAGE_CONVENINGS, convening.getHostWorkgroupId());
        boolean attendee = authorization.currentActor().filter(a -> !a.isSystem()).map(Actor::personId)
                .map(person -> queries.attended(convening.getId(), person)).orElse(false);
        return new Roles(access.mayManage(convening), chair, attendee);
    }
}
