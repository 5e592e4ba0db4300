package app.convene.timeline.internal;

import app.convene.timeline.MilestoneStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    @Query("select m from Milestone m where m.initiativeId = :initiativeId order by m.dueDate, m.id")
    List<Milestone> findByInitiative(long initiativeId);

    @Query("select m from Milestone m where m.initiativeId = :initiativeId and m.publicMilestone = true order by m.dueDate, m.id")
    List<Milestone> findPublic(long initiativeId);

    @Query("select m from Milestone m where m.status not in :closed and m.dueDate < :today order by m.dueDate, m.id")
    List<Milestone> findDueBefore(LocalDate today, Collection<MilestoneStatus> closed);

    /** Milestones neither done nor cancelled whose due date has passed. */
    default List<Milestone> findOverdue(LocalDate today) {
        return findDueBefore(today, List.of(MilestoneStatus.DONE, MilestoneStatus.CANCELLED));
    }
}
