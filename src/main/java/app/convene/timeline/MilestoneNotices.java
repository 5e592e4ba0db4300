package app.convene.timeline;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.timeline.internal.Milestone;
import app.convene.workgroups.WorkgroupService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Notices about a milestone for the people who own it (its owner person, the leads of its owning workgroup):
 * it became overdue, or someone else marked it at risk or blocked. An internal milestone's notice goes only to
 * owners who may see internal milestones. Callers hold the transaction.
 */
@Component
class MilestoneNotices {

    private final NoticeService notices;
    private final WorkgroupService workgroups;
    private final InitiativeDirectory initiatives;
    private final Authorization authorization;

    MilestoneNotices(NoticeService notices, WorkgroupService workgroups, InitiativeDirectory initiatives,
                     Authorization authorization) {
        this.notices = notices;
        this.workgroups = workgroups;
        this.initiatives = initiatives;
        this.authorization = authorization;
    }

    /** The milestone is overdue (the daily job, once per milestone and due date). */
    void overdue(Milestone m) {
        tell(m, null, "notice.milestoneOverdue");
    }

    /** The milestone's status became at risk or blocked; the person who changed it is not told. */
    void statusChanged(Milestone m, MilestoneStatus status, Actor by) {
        if (status == MilestoneStatus.AT_RISK || status == MilestoneStatus.BLOCKED) {
            tell(m, by.personId(), status == MilestoneStatus.AT_RISK ? "notice.milestoneAtRisk" : "notice.milestoneBlocked");
        }
    }

    private void tell(Milestone m, Long except, String key) {
        Set<Long> owners = new LinkedHashSet<>();
        if (m.getOwnerPersonId() != null) {
            owners.add(m.getOwnerPersonId());
        }
        if (m.getOwnerWorkgroupId() != null) {
            owners.addAll(Authorization.runAsSystem(() -> workgroups.leadIds(m.getOwnerWorkgroupId())));
        }
        owners.remove(except);
        String link = initiatives.findById(m.getInitiativeId()).map(i -> "initiatives/" + i.slug() + "/timeline")
                .orElse(null);
        for (long owner : owners) {
            if (m.isPublicMilestone() || authorization.can(new Actor(owner, "", false), Action.VIEW_INTERNAL_MILESTONES,
                    m.getInitiativeId())) {
                notices.notify(Notification.of(NoticeKind.MILESTONE, owner, key, m.getTitle(),
                        m.getDueDate() == null ? "" : m.getDueDate().toString()).in(m.getInitiativeId()).linkTo(link));
            }
        }
    }
}
