package app.convene.workgroups;

import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleRevoked;
import app.convene.security.WorkgroupRoles;
import app.convene.workgroups.internal.ActivityQueries;
import app.convene.workgroups.internal.Member;
import app.convene.workgroups.internal.MemberRepository;
import app.convene.workgroups.internal.Workgroup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Workgroup rights end with the initiative role they rest on, in the revoking transaction: losing
 * the last role in an initiative closes every membership there; losing the workgroup lead role
 * makes the person a plain member of the workgroups they led. Audited and shown in the feed.
 */
@Component
class RevokedRoles {

    private final MemberRepository members;
    private final WorkgroupSupport support;
    private final ActivityQueries activity;
    private final AuditLog audit;
    private final Authorization authorization;

    RevokedRoles(MemberRepository members, WorkgroupSupport support, ActivityQueries activity, AuditLog audit,
                 Authorization authorization) {
        this.members = members;
        this.support = support;
        this.activity = activity;
        this.audit = audit;
        this.authorization = authorization;
    }

    @EventListener
    void on(RoleRevoked revoked) {
        if (!revoked.lastRole() && revoked.role() != InitiativeRole.WORKGROUP_LEAD) {
            return;
        }
        Actor actor = authorization.currentActor().orElse(null);
        String actorName = actor == null ? "Convene" : actor.name();
        String name = support.nameOf(revoked.personId());
        for (Member member : members.findByPersonId(revoked.personId())) {
            Workgroup workgroup = support.workgroup(member.getWorkgroupId());
            if (workgroup.getInitiativeId() != revoked.initiativeId()) {
                continue;
            }
            if (revoked.lastRole()) {
                members.delete(member);
                audit.record("workgroup.memberRemoved", "workgroup_member", member.getId(), revoked.initiativeId(),
                        name + " as " + member.getRole(), null);
                activity.add(workgroup.getId(), actor == null ? null : actor.personId(), actorName, "removed", name,
                        revoked.personId());
            } else if (member.getRole() == WorkgroupRoles.Role.LEAD) {
                member.makeMember();
                members.save(member);
                audit.record("workgroup.leadEnded", "workgroup_member", member.getId(), revoked.initiativeId(),
                        name + " leads " + workgroup.getName(), name + " in " + workgroup.getName());
            }
        }
        members.flush();
    }
}
