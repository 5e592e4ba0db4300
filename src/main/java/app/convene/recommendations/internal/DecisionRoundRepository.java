package app.convene.recommendations.internal;

import app.convene.recommendations.RoundItem;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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

    /** Open rounds closing in {@code (now, by]} whose electorate has not been told yet that they close soon. */
    @Query(value = """
            select id from decision_round where state = 'OPEN' and closing_notice_at is null
              and closes_at > ?1 and closes_at <= ?2 order by id""", nativeQuery = true)
    List<Long> closingSoonIds(Instant now, Instant by);

    /** Marks that the round's electorate was told it closes soon; 0 when someone marked it first. */
    @Modifying
    @Query(value = "update decision_round set closing_notice_at = ?2 where id = ?1 and closing_notice_at is null",
            nativeQuery = true)
    int markClosingNotice(long id, Instant at);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DecisionRound r where r.id = ?1")
    Optional<DecisionRound> lockById(long id);
}
