package app.convene.workgroups.internal;

import app.convene.security.WorkgroupRoles;
import app.convene.shared.ui.RequestMemo;
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
        // Asked by every workgroup check, several times a page (RequestMemo, decision 0057). A page checks the
        // workgroups of one initiative in a row (the library, one per workgroup it may file under): the first question
        // reads them all and keeps each answer for the rest of the request.
        return RequestMemo.get(new InitiativeOf(workgroupId), () -> {
            Optional<Long> asked = Optional.empty();
            for (WorkgroupRepository.InitiativeOfWorkgroup sibling : workgroups.siblingsOf(workgroupId)) {
                RequestMemo.put(new InitiativeOf(sibling.getId()), Optional.of(sibling.getInitiativeId()));
                if (sibling.getId() == workgroupId) {
                    asked = Optional.of(sibling.getInitiativeId());
                }
            }
            return asked;
        });
    }

    private record InitiativeOf(long workgroupId) {
    }

    @Override
    public Optional<Role> roleOf(long personId, long workgroupId) {
        return members.findByWorkgroupIdAndPersonId(workgroupId, personId).map(Member::getRole);
    }
}
