package app.convene.timeline;

import app.convene.security.Authorization;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.timeline.internal.Milestone;
import app.convene.timeline.internal.MilestoneQueries;
import app.convene.timeline.internal.MilestoneRepository;
import app.convene.workgroups.WorkgroupService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the owners of overdue milestones, once per milestone and due date. */
@Service
@Transactional(readOnly = true)
class OverdueMilestones {

    private final MilestoneRepository milestones;
    private final MilestoneQueries queries;
    private final WorkgroupService workgroups;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueMilestones(MilestoneRepository milestones, MilestoneQueries queries, WorkgroupService workgroups,
                      NoticeService notices, ApplicationEventPublisher events, Clock clock) {
        this.milestones = milestones;
        this.queries = queries;
        this.workgroups = workgroups;
        this.notices = notices;
        this.events = events;
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
            if (!queries.markOverdueNotice(m.getId(), m.getDueDate())) {
                continue;
            }
            notified++;
            Set<Long> owners = new HashSet<>();
            if (m.getOwnerPersonId() != null) {
                owners.add(m.getOwnerPersonId());
            }
            if (m.getOwnerWorkgroupId() != null) {
                owners.addAll(Authorization.runAsSystem(() -> workgroups.leadIds(m.getOwnerWorkgroupId())));
            }
            for (Long owner : owners) {
                notices.notify(Notification.of(NoticeKind.MILESTONE, owner, "notice.milestoneOverdue", m.getTitle(),
                        m.getDueDate().toString()).in(m.getInitiativeId()));
                events.publishEvent(new MilestoneOverdue(owner, m.getTitle(), m.getDueDate()));
            }
        }
        return notified;
    }

    /** Published for each owner of a newly overdue milestone; mailed after commit. */
    record MilestoneOverdue(long personId, String title, LocalDate due) {
    }
}
