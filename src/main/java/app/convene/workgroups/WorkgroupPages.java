package app.convene.workgroups;

import app.convene.security.Action;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.WorkgroupRoles;
import app.convene.shared.database.SharedReads;
import app.convene.workgroups.internal.JoinRequest;
import app.convene.workgroups.internal.JoinRequestRepository;
import app.convene.workgroups.internal.Member;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Workgroup;
import org.springframework.stereotype.Component;

/**
 * What a workgroup's page shows of it ({@link WorkgroupService#details}), read once per data version for every request
 * that asks ({@link SharedReads}, decision 81): the workgroup's facts and member count are the same for everyone;
 * the reader's own role and pending request are kept per person, as a person's roles are (decision 67). Whether the
 * reader sees the charter is decided at each call.
 */
@Component
class WorkgroupPages {

    private final WorkgroupSupport support;
    private final MemberRepository members;
    private final JoinRequestRepository requests;
    private final Authorization authorization;
    private final SharedReads shared;

    WorkgroupPages(WorkgroupSupport support, MemberRepository members, JoinRequestRepository requests,
                   Authorization authorization, SharedReads shared) {
        this.support = support;
        this.members = members;
        this.requests = requests;
        this.authorization = authorization;
        this.shared = shared;
    }

    WorkgroupDetails details(long workgroupId) {
        Facts w = shared.get(new FactsOf(workgroupId), () -> {
            Workgroup read = support.workgroup(workgroupId);
            return new Facts(read.getId(), read.getVersion(), read.getInitiativeId(), read.getName(),
                    read.getGoalId() == null ? null : support.goalTitles(read.getInitiativeId()).get(read.getGoalId()),
                    read.getCharter(), read.getCapacity(), read.isClosed(), members.countByWorkgroupId(workgroupId));
        });
        Mine mine = authorization.currentActor().filter(a -> !a.isSystem())
                .map(actor -> shared.get(new MineOf(workgroupId, actor.personId()), () -> mine(workgroupId, actor)))
                .orElse(Mine.NONE);
        boolean reader = authorization.canInWorkgroup(Action.READ_WORKGROUP, workgroupId);
        return new WorkgroupDetails(w.id, w.version, w.initiativeId, w.name, w.goal, reader ? w.charter : null,
                w.capacity, w.closed, w.members, mine.role, mine.request);
    }

    private Mine mine(long workgroupId, Actor actor) {
        WorkgroupRoles.Role role = members.findByWorkgroupIdAndPersonId(workgroupId, actor.personId())
                .map(Member::getRole).orElse(null);
        Long request = requests.findByWorkgroupIdAndPersonIdAndStatus(workgroupId, actor.personId(),
                JoinRequestStatus.PENDING).map(JoinRequest::getId).orElse(null);
        return new Mine(role, request);
    }

    private record FactsOf(long workgroupId) {
    }

    private record Facts(long id, long version, long initiativeId, String name, String goal, String charter,
                         Integer capacity, boolean closed, long members) {
    }

    private record MineOf(long workgroupId, long personId) {
    }

    private record Mine(WorkgroupRoles.Role role, Long request) {
        static final Mine NONE = new Mine(null, null);
    }
}
