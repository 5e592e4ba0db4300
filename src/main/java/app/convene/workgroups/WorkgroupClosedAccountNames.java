package app.convene.workgroups;

import app.convene.security.AccountClosed;
import app.convene.workgroups.internal.ActivityQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Closing an account: the workgroup feeds no longer name the person (in the closing transaction). */
@Component
class WorkgroupClosedAccountNames {

    private final ActivityQueries activity;

    WorkgroupClosedAccountNames(ActivityQueries activity) {
        this.activity = activity;
    }

    @EventListener
    void on(AccountClosed closed) {
        activity.forget(closed.personId(), closed.label());
    }
}
