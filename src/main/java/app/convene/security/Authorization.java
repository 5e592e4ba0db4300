package app.convene.security;

import app.convene.security.internal.RoleAssignmentRepository;
import app.convene.shared.database.SharedReads;
import app.convene.shared.ui.RequestMemo;
import app.convene.shared.ui.SecurityContexts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what someone may do: {@code can(actor, action, initiative)}.
 * Services call {@link #check} before every write and every read of non-public data; views only
 * ask {@link #can} to decide what to show. Administrators (Keycloak realm role {@code portal-admin})
 * and the system may do everything; everyone else by their roles in the initiative, which live in
 * Convene's database.
 */
@Service
// Not transactional (decision 0077): inside a service's transaction a check runs in it; from a view it opens none.
// Views ask can(…) dozens of times a page and nearly every answer comes from RequestMemo or SharedReads, yet each call
// began a read-only transaction with a Hibernate session and a pooled connection. A miss reads through a repository
// or JdbcClient, each taking and giving back its own connection (no transaction scope holds one meanwhile).
public class Authorization {

    private final RoleAssignmentRepository roles;
    private final SharedReads shared;
    private final ObjectProvider<WorkgroupRoles> workgroups;
    private final ObjectProvider<InitiativeStates> states;

    Authorization(RoleAssignmentRepository roles, ObjectProvider<WorkgroupRoles> workgroups,
                  ObjectProvider<InitiativeStates> states, SharedReads shared) {
        this.roles = roles;
        this.shared = shared;
        this.workgroups = workgroups;
        this.states = states;
    }

    /** The signed-in person (or the system), if any. */
    public Optional<Actor> currentActor() {
        Authentication authentication = SecurityContexts.current().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof ActorPrincipal holder) {
            return Optional.of(holder.actor());
        }
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** Whether the current actor may perform the action in the initiative (null: not tied to one). */
    public boolean can(Action action, Long initiativeId) {
        return currentActor().map(actor -> can(actor, action, initiativeId)).orElse(false);
    }

    public boolean can(Actor actor, Action action, Long initiativeId) {
        if (readOnly(actor, action, initiativeId)) {
            return false;
        }
        if (actor.isSystem() || actor.administrator()) {
            return true;
        }
        return switch (action) {
            case CREATE_INITIATIVE, APPOINT_COORDINATOR, VIEW_AUDIT_LOG, ARCHIVE_INITIATIVE, MANAGE_SITE_SETTINGS -> false;
            case PUBLISH_INITIATIVE ->
                    initiativeId != null && rolesOf(actor, initiativeId).contains(InitiativeRole.COORDINATOR);
            case APPOINT_COMMITTEE_MEMBER, APPOINT_WORKGROUP_LEAD, MANAGE_STAKEHOLDERS, VIEW_ROLES, MANAGE_PARTNERS ->
                    initiativeId != null && rolesOf(actor, initiativeId).contains(InitiativeRole.COORDINATOR);
            case MANAGE_ORGANIZATIONS -> roles.existsByPersonIdAndRole(actor.personId(), InitiativeRole.COORDINATOR);
            case VIEW_DIRECTORY, REQUEST_TO_JOIN_WORKGROUP, VIEW_INTERNAL_MILESTONES, VIEW_MEMBER_CONVENINGS,
                 VIEW_INTERNAL_INDICATORS ->
                    initiativeId != null && !rolesOf(actor, initiativeId).isEmpty();
            case DRAFT_RECOMMENDATIONS, ADD_LIBRARY_RESOURCES, REPORT_IMPLEMENTATION_PROGRESS -> initiativeId != null && !Collections.disjoint(
                    rolesOf(actor, initiativeId), EnumSet.of(InitiativeRole.COORDINATOR, InitiativeRole.COMMITTEE_MEMBER));
            case VIEW_RECOMMENDATIONS -> initiativeId != null && !rolesOf(actor, initiativeId).isEmpty();
            case VIEW_PARTICIPATION_DASHBOARD -> initiativeId != null && !Collections.disjoint(
                    rolesOf(actor, initiativeId), EnumSet.of(InitiativeRole.COORDINATOR, InitiativeRole.COMMITTEE_MEMBER));
            case RUN_DECISIONS -> initiativeId != null && rolesOf(actor, initiativeId).contains(InitiativeRole.COORDINATOR);
            case RESPOND_TO_DECISION -> initiativeId != null
                    && rolesOf(actor, initiativeId).contains(InitiativeRole.COMMITTEE_MEMBER);
            case MANAGE_TIMELINE, UPDATE_MILESTONE_STATUS, EDIT_INITIATIVE_CONTENT, MANAGE_CONVENINGS, CURATE_LIBRARY,
                 MANAGE_LIBRARY_TAGS, MANAGE_INDICATORS, TRACK_IMPLEMENTATION,
                 MANAGE_REPRESENTATION_TARGETS ->
                    initiativeId != null && rolesOf(actor, initiativeId).contains(InitiativeRole.COORDINATOR);
            case MANAGE_WORKGROUPS, VIEW_WORKGROUP_BALANCE, DECIDE_JOIN_REQUESTS, MANAGE_WORKGROUP_MEMBERS,
                 WRITE_WORKGROUP_NOTES, READ_WORKGROUP ->
                    initiativeId != null && rolesOf(actor, initiativeId).contains(InitiativeRole.COORDINATOR);
        };
    }

    /**
     * An archived initiative is read-only: every action that writes is refused there, for administrators too,
     * except restoring it ({@link Action#ARCHIVE_INITIATIVE}). The system (scheduled jobs) is not held back.
     */
    private boolean readOnly(Actor actor, Action action, Long initiativeId) {
        if (initiativeId == null || actor.isSystem() || !action.writes() || action == Action.ARCHIVE_INITIATIVE) {
            return false;
        }
        InitiativeStates known = states.getIfAvailable();
        return known != null && known.readOnly(initiativeId);
    }

    /**
     * Returns the current actor if the action is allowed; otherwise throws an access-denied error
     * that names who tried what, before anything is read or changed.
     */
    public Actor check(Action action, Long initiativeId) {
        Actor actor = currentActor().orElseThrow(() ->
                new AccessDeniedException("Sign in to " + describe(action, initiativeId)));
        if (!can(actor, action, initiativeId)) {
            throw new AccessDeniedException(actor.name() + " may not " + describe(action, initiativeId));
        }
        return actor;
    }

    /**
     * Whether the current actor may perform the action in a workgroup: coordinators of its
     * initiative as for the initiative; leads decide requests, manage members and write notes;
     * members read.
     */
    public boolean canInWorkgroup(Action action, long workgroupId) {
        return currentActor().map(actor -> canInWorkgroup(actor, action, workgroupId)).orElse(false);
    }

    public boolean canInWorkgroup(Actor actor, Action action, long workgroupId) {
        WorkgroupRoles groups = workgroups.getIfAvailable();
        Long initiativeId = groups == null ? null : groups.initiativeOf(workgroupId).orElse(null);
        if (initiativeId == null) {
            return actor.isSystem() || actor.administrator();
        }
        if (can(actor, action, initiativeId)) {
            return true;
        }
        if (actor.isSystem() || rolesOf(actor, initiativeId).isEmpty() || readOnly(actor, action, initiativeId)) {
            return false; // workgroup rights rest on a current role in the initiative
        }
        Optional<WorkgroupRoles.Role> role = groups.roleOf(actor.personId(), workgroupId);
        return switch (action) {
            case DECIDE_JOIN_REQUESTS, MANAGE_WORKGROUP_MEMBERS, WRITE_WORKGROUP_NOTES, UPDATE_MILESTONE_STATUS,
                 MANAGE_CONVENINGS, CURATE_LIBRARY ->
                    role.filter(r -> r == WorkgroupRoles.Role.LEAD).isPresent();
            case READ_WORKGROUP, ADD_LIBRARY_RESOURCES -> role.isPresent();
            default -> false;
        };
    }

    /** As {@link #check}, for an action in a workgroup. */
    public Actor checkInWorkgroup(Action action, long workgroupId) {
        Actor actor = currentActor().orElseThrow(() ->
                new AccessDeniedException("Sign in to " + describe(action, null) + " in workgroup " + workgroupId));
        if (!canInWorkgroup(actor, action, workgroupId)) {
            throw new AccessDeniedException(actor.name() + " may not " + describe(action, null) + " in workgroup "
                    + workgroupId);
        }
        return actor;
    }

    /** The current actor's roles in the initiative (empty for visitors). */
    public Set<InitiativeRole> rolesIn(long initiativeId) {
        return currentActor().map(actor -> rolesOf(actor, initiativeId)).orElse(Set.of());
    }

    Set<InitiativeRole> rolesOf(Actor actor, long initiativeId) {
        if (actor.isSystem()) {
            return Set.of();
        }
        Roles key = new Roles(actor.personId(), initiativeId);
        return RequestMemo.get(key, () -> shared.get(key, () -> {
            List<InitiativeRole> held = roles.rolesOf(actor.personId(), initiativeId);
            return held.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(held));
        }));
    }

    /**
     * The key of a person's roles kept for one request (RequestMemo) and shared by their requests while the database
     * is unchanged (decision 67: an appointment or a removal is a commit, which every later request sees).
     */
    private record Roles(long personId, long initiativeId) {
    }

    /** Runs the work as the given person (demo content written in their name), restoring whoever was signed in before. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        return runWith(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()), work);
    }

    /** Runs the work as the system actor (start-up tasks), restoring whoever was signed in before. */
    public static <T> T runAsSystem(Supplier<T> work) {
        return runWith(UsernamePasswordAuthenticationToken.authenticated(Actor.SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))), work);
    }

    private static <T> T runWith(Authentication authentication, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return SecurityContexts.with(context, work);
    }

    private static String describe(Action action, Long initiativeId) {
        return action.name().toLowerCase().replace('_', ' ') + (initiativeId == null ? "" : " in initiative " + initiativeId);
    }

    /** A principal that knows which actor it is (the signed-in OIDC user). */
    public interface ActorPrincipal {
        Actor actor();
    }
}
