package app.convene.indicators.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    /** The values of the given indicators, by indicator and period (oldest first). */
    @Query("select v from IndicatorValue v where v.indicatorId in :indicatorIds order by v.indicatorId, v.periodEnd")
    List<IndicatorValue> findIn(Collection<Long> indicatorIds);

    /** The values of the given indicators (none given: none), by indicator and period (oldest first). */
    default List<IndicatorValue> findOf(Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? List.of() : findIn(indicatorIds);
    }

    @Query("select v from IndicatorValue v where v.indicatorId = :indicatorId and v.periodEnd = :periodEnd")
    Optional<IndicatorValue> findPeriod(long indicatorId, LocalDate periodEnd);
}
