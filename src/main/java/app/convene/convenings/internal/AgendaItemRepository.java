package app.convene.convenings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select a from AgendaItem a where a.conveningId = :conveningId order by a.position")
    List<AgendaItem> findByConvening(long conveningId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AgendaItem a where a.conveningId = :conveningId")
    void deleteByConvening(long conveningId);
}
