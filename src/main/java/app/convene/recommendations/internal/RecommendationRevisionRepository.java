package app.convene.recommendations.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRevisionRepository extends JpaRepository<RecommendationRevision, Long> {

    Optional<RecommendationRevision> findByRecommendationIdAndNumber(long recommendationId, int number);

    List<RecommendationRevision> findByRecommendationIdAndNumberGreaterThanOrderByNumber(long recommendationId, int number);

    Slice<RecommendationRevision> findByRecommendationIdOrderByNumberDesc(long recommendationId, Pageable page);
}
