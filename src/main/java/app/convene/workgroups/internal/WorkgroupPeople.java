package app.convene.workgroups.internal;

import app.convene.security.RelatedPeople;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Members of an initiative's workgroups are related to it. */
@Component
class WorkgroupPeople implements RelatedPeople {

    private final MemberRepository members;

    WorkgroupPeople(MemberRepository members) {
        this.members = members;
    }

    @Override
    public Set<Long> peopleOf(long initiativeId) {
        return new HashSet<>(members.membersOf(initiativeId));
    }

    @Override
    public boolean relates(long initiativeId, long personId) {
        return members.memberIn(initiativeId, personId);
    }
}
