package app.convene.recommendations.internal;

import app.convene.recommendations.RoundItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRoundRepository extends JpaRepository<DecisionRound, Long> {

    Optional<DecisionRound> findByRecommendationIdAndState(long recommendationId, RoundItem.State state);

    List<DecisionRound> findByRecommendationIdOrderByIdDesc(long recommendationId);

    @Query("select r.id from DecisionRound r where r.state = app.convene.recommendations.RoundItem.State.OPEN and r.closesAt <= ?1")
    List<Long> dueIds(Instant now);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DecisionRound r where r.id = ?1")
    Optional<DecisionRound> lockById(long id);
}
