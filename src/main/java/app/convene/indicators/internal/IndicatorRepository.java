package app.convene.indicators.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    /** A goal's indicators, all or only the public ones, in the order they were added. */
    @Query("select i from Indicator i where i.initiativeId = :initiativeId and i.goalId = :goalId"
            + " and (i.publicIndicator = true or :all = true) order by i.id")
    Slice<Indicator> findOfGoal(long initiativeId, long goalId, boolean all, Pageable pageable);

    /** Every indicator of the initiative, by goal then as added (the coordinators' page). */
    @Query("select i from Indicator i where i.initiativeId = :initiativeId order by i.goalId, i.id")
    Slice<Indicator> findOfInitiative(long initiativeId, Pageable pageable);

    /** The goals that have indicators the reader may see. */
    @Query("select distinct i.goalId from Indicator i where i.initiativeId = :initiativeId"
            + " and (i.publicIndicator = true or :all = true)")
    List<Long> goalsWithIndicators(long initiativeId, boolean all);

    @Query("select i from Indicator i where i.initiativeId = :initiativeId and lower(i.name) = lower(:name)")
    Optional<Indicator> findByName(long initiativeId, String name);

    @Query("select i from Indicator i where i.initiativeId = :initiativeId")
    List<Indicator> findAllOf(long initiativeId);
}
