package app.convene.initiatives.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

    @Query("select p from Phase p where p.initiative.id = :initiativeId order by p.position, p.id")
    List<Phase> findByInitiative(long initiativeId);
}
