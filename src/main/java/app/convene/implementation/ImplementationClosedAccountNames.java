package app.convene.implementation;

import app.convene.implementation.internal.ImplementationQueries;
import app.convene.security.AccountClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Closing an account: progress updates no longer name their author (in the closing transaction). */
@Component
class ImplementationClosedAccountNames {

    private final ImplementationQueries queries;

    ImplementationClosedAccountNames(ImplementationQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void on(AccountClosed closed) {
        queries.forgetAuthor(closed.personId(), closed.label());
    }
}
