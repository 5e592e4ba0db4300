package app.convene.recommendations.internal;

import app.convene.recommendations.RevisionEntry;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Repository;

/** A recommendation's history a slice at a time, for a list that loads as it scrolls (without the revisions' text). */
@Repository
public class RevisionQueries {

    private final EntityManager entityManager;

    RevisionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first, from {@code offset} (0 = the latest revision), at most {@code limit} lines. */
    public List<RevisionEntry> entries(long recommendationId, int offset, int limit) {
        return entityManager.createQuery("""
                        select new app.convene.recommendations.RevisionEntry(r.number, r.authorName, r.createdAt, r.summary)
                        from RecommendationRevision r where r.recommendationId = :id order by r.number desc""",
                        RevisionEntry.class)
                .setParameter("id", recommendationId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
