package app.convene.recommendations.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRevisionRepository extends JpaRepository<RecommendationRevision, Long> {

    Optional<RecommendationRevision> findByRecommendationIdAndNumber(long recommendationId, int number);

    List<RecommendationRevision> findByRecommendationIdAndNumberGreaterThanOrderByNumber(long recommendationId, int number);

    Slice<RecommendationRevision> findByRecommendationIdOrderByNumberDesc(long recommendationId, Pageable page);

    /** The people who wrote a revision of the recommendation (its drafters), for notices. */
    @Query("""
            select distinct r.authorPersonId from RecommendationRevision r
            where r.recommendationId = :recommendationId and r.authorPersonId is not null""")
    List<Long> authorsOf(long recommendationId);
}
