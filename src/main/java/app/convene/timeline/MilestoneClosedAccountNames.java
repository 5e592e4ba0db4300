package app.convene.timeline;

import app.convene.security.AccountClosed;
import app.convene.timeline.internal.MilestoneQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Closing an account: milestone histories no longer name the person (in the closing transaction). */
@Component
class MilestoneClosedAccountNames {

    private final MilestoneQueries queries;

    MilestoneClosedAccountNames(MilestoneQueries queries) {
        this.queries = queries;
    }

    @EventListener
    void on(AccountClosed closed) {
        queries.forgetActor(closed.personId(), closed.label());
    }
}
