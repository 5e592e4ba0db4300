package app.convene.workgroups.internal;

import app.convene.security.WorkgroupRoles;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the security module who leads or belongs to which workgroup. */
@Component
@Transactional(readOnly = true)
class WorkgroupRolesAdapter implements WorkgroupRoles {

    private final WorkgroupRepository workgroups;
    private final MemberRepository members;

    WorkgroupRolesAdapter(WorkgroupRepository workgroups, MemberRepository members) {
        this.workgroups = workgroups;
        this.members = members;
    }

    @Override
    public Optional<Long> initiativeOf(long workgroupId) {
        return workgroups.findById(workgroupId).map(Workgroup::getInitiativeId);
    }

    @Override
    public Optional<Role> roleOf(long personId, long workgroupId) {
        return members.findByWorkgroupIdAndPersonId(workgroupId, personId).map(Member::getRole);
    }
}
