package app.convene.recommendations;

import app.convene.recommendations.internal.RecommendationInitiativeQueries;
import app.convene.shared.database.SharedReads;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * The initiative a stored recommendation belongs to, for the services' authorization checks (issue 19, decision
 * 0077). Opening the editor asked for it four times, each a load of the whole recommendation through Hibernate in a
 * transaction of its own; it is now one column, read once per data version for every request that asks
 * ({@link SharedReads}: a recommendation never moves to another initiative, and one deleted is no longer found once
 * its deletion has committed). Inside a transaction that writes it is read each time, as every shared read is.
 */
@Component
class RecommendationInitiatives {

    private final RecommendationInitiativeQueries queries;
    private final SharedReads shared;

    RecommendationInitiatives(RecommendationInitiativeQueries queries, SharedReads shared) {
        this.queries = queries;
        this.shared = shared;
    }

    /** The initiative of the stored recommendation, or {@link NoSuchElementException}. */
    long of(long recommendationId) {
        return shared.get(new InitiativeOf(recommendationId), () -> queries.initiativeOf(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("recommendation " + recommendationId)));
    }

    private record InitiativeOf(long recommendationId) {
    }
}
