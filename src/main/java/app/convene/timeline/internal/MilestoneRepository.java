package app.convene.timeline.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    @Query("select m from Milestone m where m.initiativeId = :initiativeId order by m.dueDate, m.id")
    List<Milestone> findByInitiative(long initiativeId);

    @Query("select m from Milestone m where m.initiativeId = :initiativeId and m.publicMilestone = true order by m.dueDate, m.id")
    List<Milestone> findPublic(long initiativeId);

    @Query("""
            select m from Milestone m where m.status not in (app.convene.timeline.MilestoneStatus.DONE,
                app.convene.timeline.MilestoneStatus.CANCELLED) and m.dueDate < :today
            order by m.dueDate, m.id""")
    List<Milestone> findOverdue(LocalDate today);
}
