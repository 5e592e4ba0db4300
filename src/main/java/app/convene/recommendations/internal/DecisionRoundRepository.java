package app.convene.recommendations.internal;

import app.convene.recommendations.RoundItem;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRoundRepository extends JpaRepository<DecisionRound, Long> {

    Optional<DecisionRound> findByRecommendationIdAndState(long recommendationId, RoundItem.State state);

    List<DecisionRound> findByRecommendationIdOrderByIdDesc(long recommendationId);

    @Query("select r.id from DecisionRound r where r.state = ?1 and r.closesAt <= ?2")
    List<Long> idsClosingBy(RoundItem.State state, Instant now);

    /** The open rounds whose closing time has come. */
    default List<Long> dueIds(Instant now) {
        return idsClosingBy(RoundItem.State.OPEN, now);
    }

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DecisionRound r where r.id = ?1")
    Optional<DecisionRound> lockById(long id);
}
