package app.convene.security;

import app.convene.security.internal.Person;
import app.convene.security.internal.PersonRepository;
import app.convene.security.internal.RoleAssignment;
import app.convene.security.internal.RoleAssignmentRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role in an initiative. Administrators appoint coordinators; coordinators appoint
 * steering committee members, workgroup leads and stakeholders. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class RoleService {

    private final RoleAssignmentRepository assignments;
    private final PersonRepository persons;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<WorkgroupRoles> workgroups;
    private final InitiativePeople people;

    RoleService(RoleAssignmentRepository assignments, PersonRepository persons, Authorization authorization,
                AuditLog audit, Clock clock, ApplicationEventPublisher events, ObjectProvider<WorkgroupRoles> workgroups,
                InitiativePeople people) {
        this.people = people;
        this.events = events;
        this.workgroups = workgroups;
        this.assignments = assignments;
        this.persons = persons;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives the person the role; returns false when they already held it (nothing changes then).
     *
     * @throws app.convene.shared.ValidationError on {@code person}: not related to the initiative
     *         (see {@link InitiativePeople}; administrators may appoint anyone)
     */
    @Transactional
    public boolean appoint(long initiativeId, long personId, InitiativeRole role) {
        Actor actor = authorization.check(Action.toAppoint(role), initiativeId);
        return grant(actor, initiativeId, personId, role);
    }

    /**
     * Makes the person a workgroup lead of the workgroup's initiative, as the appointment of its lead
     * (make co-lead) or of a coordinator (set lead), audited as them. A lead who is no coordinator may
     * appoint only a member of the workgroup who already holds a role in the initiative, and grants
     * nothing but {@link InitiativeRole#WORKGROUP_LEAD}.
     */
    @Transactional
    public boolean appointWorkgroupLead(long workgroupId, long personId) {
        Actor actor = authorization.checkInWorkgroup(Action.MANAGE_WORKGROUP_MEMBERS, workgroupId);
        WorkgroupRoles groups = workgroups.getObject();
        long initiativeId = groups.initiativeOf(workgroupId).orElseThrow();
        if (!authorization.can(actor, Action.APPOINT_WORKGROUP_LEAD, initiativeId)
                && (groups.roleOf(personId, workgroupId).isEmpty() || assignments.rolesOf(personId, initiativeId).isEmpty())) {
            throw new AccessDeniedException(actor.name() + " may not appoint a workgroup lead without an initiative role"
                    + " in workgroup " + workgroupId);
        }
        return grant(actor, initiativeId, personId, InitiativeRole.WORKGROUP_LEAD);
    }

    private boolean grant(Actor actor, long initiativeId, long personId, InitiativeRole role) {
        if (assignments.findByInitiativeIdAndPersonIdAndRole(initiativeId, personId, role).isPresent()) {
            return false;
        }
        people.requireRelated(actor, initiativeId, personId, "person");
        Person person = persons.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId));
        Person by = actor.isSystem() ? null : persons.getReferenceById(actor.personId());
        RoleAssignment saved = assignments.saveAndFlush(new RoleAssignment(initiativeId, person, role, by, clock.instant()));
        audit.record("role.appointed", "initiative_role", saved.getId(), initiativeId, null,
                person.getDisplayName() + " as " + role);
        return true;
    }

    /** Takes the role away again. */
    @Transactional
    public void revoke(long assignmentId) {
        RoleAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NoSuchElementException("No role assignment " + assignmentId));
        authorization.check(Action.toAppoint(assignment.getRole()), assignment.getInitiativeId());
        assignments.delete(assignment);
        audit.record("role.revoked", "initiative_role", assignmentId, assignment.getInitiativeId(),
                assignment.getPerson().getDisplayName() + " as " + assignment.getRole(), null);
        revoked(assignment);
    }

    /** Tells the modules whose rights rest on the role (workgroups) that it is gone. */
    private void revoked(RoleAssignment assignment) {
        assignments.flush();
        long personId = assignment.getPerson().getId();
        events.publishEvent(new RoleRevoked(assignment.getInitiativeId(), personId, assignment.getRole(),
                assignments.rolesOf(personId, assignment.getInitiativeId()).isEmpty()));
    }

    /** Everyone with a role in the initiative, a page at a time (coordinators of it). */
    public Slice<RoleAssignmentItem> list(long initiativeId, Pageable pageable) {
        authorization.check(Action.VIEW_ROLES, initiativeId);
        return assignments.findViews(initiativeId, pageable);
    }

    /** The roles the current actor may give in the initiative. */
    public List<InitiativeRole> assignableRoles(long initiativeId) {
        return Arrays.stream(InitiativeRole.values())
                .filter(role -> authorization.can(Action.toAppoint(role), initiativeId))
                .toList();
    }

    /**
     * Email addresses of the role's holders in the initiative, for notices Convene sends on its own
     * (e.g. "a new registration waits"); never shown to a person.
     */
    public List<String> emailsOf(long initiativeId, InitiativeRole role) {
        return assignments.emailsOf(initiativeId, role);
    }

    /** Ids of the people who hold the role in the initiative (for counting a committee; never shown as such). */
    public List<Long> holders(long initiativeId, InitiativeRole role) {
        return assignments.holders(initiativeId, role);
    }

    /** Removes every role the signed-in person holds (closing their account); audited. */
    @Transactional
    public void leaveAllRoles() {
        Actor actor = authorization.currentActor()
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
        for (RoleAssignment assignment : assignments.findByPersonId(actor.personId())) {
            assignments.delete(assignment);
            audit.record("role.left", "initiative_role", assignment.getId(), assignment.getInitiativeId(),
                    assignment.getPerson().getDisplayName() + " as " + assignment.getRole(), null);
            revoked(assignment);
        }
    }

    /** Roles the signed-in person holds everywhere, each with its initiative (their own data). */
    public List<MyRoleItem> myAssignments() {
        Actor actor = authorization.currentActor()
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
        return assignments.findByPersonId(actor.personId()).stream()
                .map(r -> new MyRoleItem(r.getInitiativeId(), r.getRole(), r.getAppointedAt()))
                .toList();
    }
}
