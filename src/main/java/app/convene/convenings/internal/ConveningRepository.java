package app.convene.convenings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConveningRepository extends JpaRepository<Convening, Long> {

    @Query("select c from Convening c where c.initiativeId = :initiativeId order by c.startsAt, c.id")
    List<Convening> findByInitiative(long initiativeId);

    @Query("select c from Convening c where c.seriesId = :seriesId order by c.startsAt, c.id")
    List<Convening> findBySeries(long seriesId);
}
