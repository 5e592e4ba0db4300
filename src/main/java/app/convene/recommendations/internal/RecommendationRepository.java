package app.convene.recommendations.internal;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("select coalesce(max(r.position), 0) from Recommendation r where r.sectionId = ?1")
    int lastPosition(long sectionId);

    List<Recommendation> findBySectionIdInOrderByPosition(Collection<Long> sectionIds);

    /**
     * Moves the revision counter from {@code base} to {@code base + 1} in one statement: of several
     * saves from the same base exactly one changes a row (PostgreSQL re-checks the condition after
     * waiting for a concurrent update), the others change none and are refused as conflicts.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update recommendation set revision_count = revision_count + 1 where id = ?1 and revision_count = ?2",
            nativeQuery = true)
    int claimNextRevision(long id, int base);

    /** The stored recommendation, or {@link NoSuchElementException}. */
    default Recommendation require(long id) {
        return findById(id).orElseThrow(() -> new NoSuchElementException("recommendation " + id));
    }

    /** The initiative of the stored recommendation (for authorization), or {@link NoSuchElementException}. */
    default long initiativeOf(long id) {
        return require(id).getInitiativeId();
    }
}
