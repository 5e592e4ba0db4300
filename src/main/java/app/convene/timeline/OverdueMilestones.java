package app.convene.timeline;

import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneQueries;
import app.convene.timeline.internal.MilestoneRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the owners of overdue milestones, once per milestone and due date. */
@Service
@Transactional(readOnly = true)
class OverdueMilestones {

    private final MilestoneRepository milestones;
    private final MilestoneQueries queries;
    private final MilestoneNotices notices;
    private final Clock clock;

    OverdueMilestones(MilestoneRepository milestones, MilestoneQueries queries, MilestoneNotices notices, Clock clock) {
        this.milestones = milestones;
        this.queries = queries;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Tells the owners of every overdue milestone, once per milestone and due date (run daily; a second
     * run the same day, or after a restart, sends nothing again). Returns how many milestones were new.
     */
    @Transactional
    int notifyOverdue() {
        LocalDate today = LocalDate.now(clock);
        int notified = 0;
        for (Milestone m : milestones.findOverdue(today)) {
            if (queries.markOverdueNotice(m.getId(), m.getDueDate())) {
                notified++;
                notices.overdue(m);
            }
        }
        return notified;
    }
}
