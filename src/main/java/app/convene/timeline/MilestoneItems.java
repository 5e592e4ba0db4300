package app.convene.timeline;

import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.database.SharedReads;
import app.convene.shared.ui.RequestMemo;
import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneQueries;
import app.convene.timeline.internal.MilestoneRepository;
import app.convene.workgroups.WorkgroupService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns stored milestones into {@link MilestoneItem}s: with their dependencies and owners' names. */
@Component
class MilestoneItems {

    private final MilestoneQueries queries;
    private final WorkgroupService workgroups;
    private final PersonService persons;
    private final MilestoneRepository milestones;
    private final SharedReads shared;

    MilestoneItems(MilestoneQueries queries, WorkgroupService workgroups, PersonService persons,
                   MilestoneRepository milestones, SharedReads shared) {
        this.queries = queries;
        this.workgroups = workgroups;
        this.persons = persons;
        this.milestones = milestones;
        this.shared = shared;
    }

    private record PublicOf(long initiativeId) {
    }

    /**
     * An initiative's public milestones, due date first: the public page's phases count them
     * ({@link MilestoneFigures#publicProgress}) and list them ({@link MilestoneService#publicByPhase}). Read once a
     * request (RequestMemo, decision 57) and shared by requests while the database is unchanged ({@link SharedReads},
     * decision 67). Callers run in a transaction.
     */
    List<MilestoneItem> publicOf(long initiativeId) {
        return RequestMemo.get(new PublicOf(initiativeId), () -> shared.get(new PublicOf(initiativeId),
                () -> of(milestones.findPublic(initiativeId))));
    }

    private record AllOf(long initiativeId) {
    }

    /** All of an initiative's milestones, due date first (its members' timeline), shared as {@link #publicOf} is. */
    List<MilestoneItem> allOf(long initiativeId) {
        return shared.get(new AllOf(initiativeId), () -> of(milestones.findByInitiative(initiativeId)));
    }

    List<MilestoneItem> of(List<Milestone> list) {
        Map<Long, Set<Long>> dependencies = queries.dependenciesOf(list.stream().map(Milestone::getId).toList());
        // the owners' names in one query (a workgroup's whole page, four statements, was read for each before)
        Map<Long, String> workgroupNames = new HashMap<>(workgroups.names(list.stream()
                .map(Milestone::getOwnerWorkgroupId).filter(Objects::nonNull).distinct().toList()));
        Map<Long, String> personNames = new HashMap<>();
        return list.stream().map(m -> new MilestoneItem(m.getId(), m.getVersion(), m.getInitiativeId(), m.getPhaseId(),
                m.getTitle(), m.getDescription(), m.getOwnerWorkgroupId(),
                m.getOwnerWorkgroupId() == null ? null : workgroupNames.get(m.getOwnerWorkgroupId()),
                m.getOwnerPersonId(), m.getOwnerPersonId() == null ? null : personNames.computeIfAbsent(m.getOwnerPersonId(),
                        id -> persons.find(id).map(PersonSummary::name).orElse("")),
                m.getStartDate(), m.getDueDate(), m.getStatus(), m.getCompletedOn(), m.isPublicMilestone(),
                Set.copyOf(dependencies.getOrDefault(m.getId(), Set.of())))).toList();
    }
}
