package app.convene.workgroups.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkgroupRepository extends JpaRepository<Workgroup, Long> {

    @Query("select w from Workgroup w where w.initiativeId = :initiativeId order by lower(w.name), w.id")
    Slice<Workgroup> findByInitiative(long initiativeId, Pageable pageable);

    List<Workgroup> findByInitiativeIdAndGoalId(long initiativeId, Long goalId);

    /** Every workgroup of the initiative the given workgroup belongs to, with that initiative (decision 0057). */
    @Query("""
            select w.id as id, w.initiativeId as initiativeId from Workgroup w
            where w.initiativeId = (select g.initiativeId from Workgroup g where g.id = :workgroupId)""")
    List<InitiativeOfWorkgroup> siblingsOf(long workgroupId);

    interface InitiativeOfWorkgroup {
        long getId();

        long getInitiativeId();
    }
}
