package app.convene.timeline;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.timeline.internal.MilestoneRepository;
import app.convene.workgroups.WorkgroupService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own milestones, read through the secret address of their calendar feed. The secret is
 * the permission: whoever holds a current address reads that feed; a replaced or unknown one opens nothing.
 */
@Service
@Transactional(readOnly = true)
public class PersonalFeed {

    private final PersonService persons;
    private final MilestoneRepository milestones;
    private final MilestoneItems items;
    private final WorkgroupService workgroups;
    private final Authorization authorization;

    PersonalFeed(PersonService persons, MilestoneRepository milestones, MilestoneItems items, WorkgroupService workgroups,
                 Authorization authorization) {
        this.persons = persons;
        this.milestones = milestones;
        this.items = items;
        this.workgroups = workgroups;
        this.authorization = authorization;
    }

    /** The milestones of the feed at this secret address, or empty when the address is not (or no longer) in use. */
    public Optional<List<MilestoneItem>> milestones(String token) {
        return persons.byCalendarToken(token).map(personId -> Authorization.runAsSystem(() -> ownedBy(personId)));
    }

    /** Whose feed this secret address opens, if it is (still) in use. */
    public Optional<Long> personOf(String token) {
        return persons.byCalendarToken(token);
    }

    /**
     * Those the person owns and those of their workgroups; internal ones only while they hold a role
     * in the milestone's initiative.
     */
    private List<MilestoneItem> ownedBy(long personId) {
        Set<Long> groups = new HashSet<>(workgroups.workgroupIdsOf(personId));
        Actor person = new Actor(personId, null, false);
        return items.of(milestones.findAll(Sort.by("dueDate", "id")).stream()
                .filter(m -> Long.valueOf(personId).equals(m.getOwnerPersonId())
                        || (m.getOwnerWorkgroupId() != null && groups.contains(m.getOwnerWorkgroupId())))
                .filter(m -> m.isPublicMilestone()
                        || authorization.can(person, Action.VIEW_INTERNAL_MILESTONES, m.getInitiativeId()))
                .toList());
    }
}
