package app.convene.library;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeStatus;
import app.convene.library.internal.LibraryQueries;
import app.convene.library.internal.Resource;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.WorkgroupRoles;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one rule for who reads a resource, adds one and changes one, always from the STORED row.
 * Reading: PUBLIC → everyone, visitors too; MEMBERS → anyone with a role in the initiative; COMMITTEE → the
 * steering committee and the coordinators; WORKGROUP → the resource's workgroup and the coordinators.
 * Administrators read everything; a draft initiative shows nothing to those without a role in it.
 * Adding: coordinators and committee members to the initiative; a workgroup's leads and members to their workgroup.
 * Changing (details, tags, new version): whoever added it while they still may add there, and the curators
 * (coordinators; the leads of the resource's workgroup). Removing: the curators only.
 */
@Component
class ResourceAccess {

    private final Authorization authorization;
    private final InitiativeDirectory initiatives;
    private final WorkgroupRoles workgroups;

    ResourceAccess(Authorization authorization, InitiativeDirectory initiatives, WorkgroupRoles workgroups) {
        this.authorization = authorization;
        this.initiatives = initiatives;
        this.workgroups = workgroups;
    }

    /** The signed-in person (or the system) doing a write that has been allowed. */
    Actor actor() {
        return authorization.currentActor().orElseThrow(() -> refused("change the library"));
    }

    /** Whether the workgroup is one of the initiative's. */
    boolean workgroupOf(long initiativeId, long workgroupId) {
        return workgroups.initiativeOf(workgroupId).filter(id -> id == initiativeId).isPresent();
    }

    boolean maySee(Resource resource) {
        LibraryQueries.Reader reader = reader(resource.getInitiativeId());
        return switch (resource.getVisibility()) {
            case PUBLIC -> reader.everything() || reader.member() || visibleToVisitors(resource.getInitiativeId());
            case MEMBERS -> reader.everything() || reader.member();
            case COMMITTEE -> reader.everything() || reader.committee();
            case WORKGROUP -> reader.everything() || reader.member() && resource.getWorkgroupId() != null
                    && authorization.canInWorkgroup(Action.READ_WORKGROUP, resource.getWorkgroupId());
        };
    }

    private boolean visibleToVisitors(long initiativeId) {
        return initiatives.statusOf(initiativeId) != InitiativeStatus.DRAFT;
    }

    /** What the current reader (or visitor) sees of the initiative's library, for the list's query. */
    LibraryQueries.Reader reader(long initiativeId) {
        Actor actor = authorization.currentActor().orElse(null);
        if (actor != null && (actor.administrator() || actor.isSystem())) {
            return new LibraryQueries.Reader(true, true, true, actor.isSystem() ? 0 : actor.personId());
        }
        Set<InitiativeRole> roles = authorization.rolesIn(initiativeId);
        boolean coordinator = roles.contains(InitiativeRole.COORDINATOR);
        long personId = actor == null ? 0 : actor.personId();
        return new LibraryQueries.Reader(coordinator, !roles.isEmpty(),
                coordinator || roles.contains(InitiativeRole.COMMITTEE_MEMBER), personId);
    }

    /** Whether the list may show anything at all (a draft initiative: only to its members). */
    boolean mayBrowse(long initiativeId) {
        LibraryQueries.Reader reader = reader(initiativeId);
        return reader.everything() || reader.member() || visibleToVisitors(initiativeId);
    }

    void checkAdd(long initiativeId, Long workgroupId) {
        if (workgroupId == null) {
            authorization.check(Action.ADD_LIBRARY_RESOURCES, initiativeId);
        } else {
            authorization.checkInWorkgroup(Action.ADD_LIBRARY_RESOURCES, workgroupId);
        }
    }

    /** Whether the current person curates where the resource belongs: coordinators; the leads of its workgroup. */
    boolean mayCurate(Resource resource) {
        Long workgroupId = resource.getWorkgroupId();
        return workgroupId == null ? authorization.can(Action.CURATE_LIBRARY, resource.getInitiativeId())
                : authorization.canInWorkgroup(Action.CURATE_LIBRARY, workgroupId);
    }

    /** Whether the current person may add there: the initiative (null workgroup) or one of its workgroups. */
    boolean mayAdd(long initiativeId, Long workgroupId) {
        return workgroupId == null ? authorization.can(Action.ADD_LIBRARY_RESOURCES, initiativeId)
                : authorization.canInWorkgroup(Action.ADD_LIBRARY_RESOURCES, workgroupId);
    }

    boolean mayChange(Resource resource) {
        if (mayCurate(resource)) {
            return true;
        }
        boolean own = authorization.currentActor()
                .map(actor -> Objects.equals(actor.personId(), resource.getCreatedBy())).orElse(false);
        return own && mayAdd(resource.getInitiativeId(), resource.getWorkgroupId()) && maySee(resource);
    }

    void checkChange(Resource resource, String doing) {
        if (!mayChange(resource)) {
            throw refused(doing);
        }
    }

    void checkCurate(Resource resource, String doing) {
        if (!mayCurate(resource)) {
            throw refused(doing);
        }
    }

    /** The refusal the way every service words it: "Sign in to …" for visitors, "<name> may not …" otherwise. */
    AccessDeniedException refused(String doing) {
        return new AccessDeniedException(authorization.currentActor().filter(a -> !a.isSystem())
                .map(a -> a.name() + " may not " + doing).orElse("Sign in to " + doing));
    }
}
