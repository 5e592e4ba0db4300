package app.convene.recommendations.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The initiative a stored recommendation belongs to (decision 0077): one column by plain SQL, where the authorization
 * checks loaded the whole row through Hibernate. In a JPA transaction it runs on that transaction's connection.
 */
@Repository
public class RecommendationInitiativeQueries {

    private final JdbcClient jdbc;

    RecommendationInitiativeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The initiative of the stored recommendation, if there is one. */
    public Optional<Long> initiativeOf(long recommendationId) {
        return jdbc.sql("select initiative_id from recommendation where id = ?").param(recommendationId)
                .query(Long.class).optional();
    }
}
