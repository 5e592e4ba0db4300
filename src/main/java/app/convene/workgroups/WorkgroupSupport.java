package app.convene.workgroups;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.GoalRef;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import app.convene.workgroups.internal.Workgroup;
import app.convene.workgroups.internal.WorkgroupQueries;
import app.convene.workgroups.internal.WorkgroupRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What the workgroup services share: loading a workgroup, the signed-in person, people's names, goal titles. */
@Component
class WorkgroupSupport {

    private final WorkgroupRepository workgroups;
    private final WorkgroupQueries queries;
    private final Authorization authorization;
    private final InitiativeDirectory initiatives;
    private final SharedReads shared;

    WorkgroupSupport(WorkgroupRepository workgroups, WorkgroupQueries queries, Authorization authorization,
                     InitiativeDirectory initiatives, SharedReads shared) {
        this.shared = shared;
        this.workgroups = workgroups;
        this.queries = queries;
        this.authorization = authorization;
        this.initiatives = initiatives;
    }

    Workgroup workgroup(long workgroupId) {
        return workgroups.findById(workgroupId).orElseThrow(() -> new NoSuchElementException("No workgroup " + workgroupId));
    }

    long initiativeOf(long workgroupId) {
        return workgroup(workgroupId).getInitiativeId();
    }

    /** The signed-in person (not the system). */
    Actor me() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    String nameOf(long personId) {
        return names(List.of(personId)).get(personId);
    }

    /** The people's names in one query; an unknown person shows as {@code #id}. */
    Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> found = queries.names(personIds);
        return personIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> found.getOrDefault(id, "#" + id)));
    }

    /**
     * A page of the initiative's workgroups with their goals, leads and member counts: public facts, the same for every
     * reader, shared by requests while the database is unchanged (decision 0078: the initiative page and the timeline
     * read them at every visit).
     */
    Slice<WorkgroupSummary> summaries(long initiativeId, Pageable pageable) {
        return shared.slice(new SummariesOf(initiativeId, pageable), pageable, () -> {
            Map<Long, String> goals = goalTitles(initiativeId);
            return queries.list(initiativeId, pageable).map(w -> new WorkgroupSummary(w.id(), w.name(),
                    w.goalId() == null ? null : goals.get(w.goalId()), w.leads(), w.members(), w.capacity(),
                    w.closed()));
        });
    }

    private record SummariesOf(long initiativeId, Pageable pageable) {
    }

    Map<Long, String> goalTitles(long initiativeId) {
        return initiatives.findById(initiativeId).map(i -> i.goals().stream()
                .collect(Collectors.toMap(GoalRef::id, GoalRef::title))).orElse(Map.of());
    }

    /**
     * A name and capacity as typed, and a goal of the initiative (or none).
     *
     * @throws ValidationError by the field that is wrong
     */
    void requireValid(long initiativeId, Long goalId, String name, Integer capacity) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new ValidationError("name", "workgroup.error.name");
        }
        if (capacity != null && capacity < 1) {
            throw new ValidationError("capacity", "workgroup.error.capacity");
        }
        if (goalId != null && !goalTitles(initiativeId).containsKey(goalId)) {
            throw new ValidationError("goal", "workgroup.error.goal");
        }
    }
}
