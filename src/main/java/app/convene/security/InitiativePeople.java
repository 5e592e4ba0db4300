package app.convene.security;

import app.convene.security.internal.RoleAssignmentRepository;
import app.convene.shared.ValidationError;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people related to an initiative: those holding a role in it, those with a pending or approved
 * registration in it, and the members of its workgroups. Pickers offer only them, and services refuse
 * anyone else as appointee, member or owner unless an administrator (or the system) chooses.
 */
@Service
@Transactional(readOnly = true)
public class InitiativePeople {

    private final RoleAssignmentRepository roles;
    private final ObjectProvider<RelatedPeople> sources;

    InitiativePeople(RoleAssignmentRepository roles, ObjectProvider<RelatedPeople> sources) {
        this.roles = roles;
        this.sources = sources;
    }

    /** Ids of everyone related to the initiative. */
    Set<Long> of(long initiativeId) {
        Set<Long> people = new HashSet<>(roles.peopleOf(initiativeId));
        sources.orderedStream().forEach(source -> people.addAll(source.peopleOf(initiativeId)));
        return people;
    }

    boolean related(long initiativeId, long personId) {
        return !roles.rolesOf(personId, initiativeId).isEmpty()
                || sources.orderedStream().anyMatch(source -> source.relates(initiativeId, personId));
    }

    /**
     * Refuses, by the field, a person the actor chose who is not related to the initiative (whose id
     * is the stored row's); administrators and the system may choose anyone (the first coordinator
     * of a new initiative is related to nothing yet).
     */
    public void requireRelated(Actor actor, long initiativeId, long personId, String field) {
        if (!actor.isSystem() && !actor.administrator() && !related(initiativeId, personId)) {
            throw new ValidationError(field, "roles.error.unrelated");
        }
    }
}
