package app.convene.recommendations;

import app.convene.recommendations.internal.ClosedAccountQueries;
import app.convene.security.AccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Closing an account: recommendations, comments and decisions no longer name the person (same transaction). */
@Component
class RecommendationClosedAccountNames {

    private final ClosedAccountQueries queries;

    RecommendationClosedAccountNames(ClosedAccountQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void on(AccountClosed closed) {
        queries.forget(closed.personId(), closed.label());
    }
}
