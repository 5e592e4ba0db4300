package app.convene.recommendations.internal;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
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

    /** What an open editor's heartbeat needs: the initiative, the revision count and the latest revision's author. */
    @Query("""
            select r.initiativeId as initiativeId, r.revisionCount as revisionCount,
                   (select v.authorName from RecommendationRevision v
                    where v.recommendationId = r.id and v.number = r.revisionCount) as latestAuthor
            from Recommendation r where r.id = ?1""")
    Optional<LatestSave> latestSave(long id);

    /** See {@link #latestSave}; the author is null before the first revision. */
    interface LatestSave {
        long getInitiativeId();

        int getRevisionCount();

        String getLatestAuthor();
    }

    /** The stored recommendation, or {@link NoSuchElementException}. */
    default Recommendation require(long id) {
        return findById(id).orElseThrow(() -> new NoSuchElementException("recommendation " + id));
    }

}
