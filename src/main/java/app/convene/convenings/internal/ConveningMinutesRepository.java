package app.convene.convenings.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConveningMinutesRepository extends JpaRepository<ConveningMinutes, Long> {

    Optional<ConveningMinutes> findByConveningId(long conveningId);
}
