package app.convene.workgroups;

import static app.convene.support.FieldRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import app.convene.support.TableCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** What workgroups accept and show: goals of their own initiative, directory facts only with consent, no NUL. */
@ConveneTest
// Creates initiatives: a database of its own (shared with the other tests that do).
@TestPropertySource(properties = "convene.test.database=initiative-people")
class WorkgroupInputTest {

    private static final String NUL = "error.nulCharacter";

    @Autowired
    SmallInitiatives small;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;
    long workgroup;
    Actor coordinator;
    Actor lead;
    Actor listed;
    Actor unlisted;

    @BeforeEach
    void aWorkgroupWithMembersListedAndNot() {
        initiative = small.initiative();
        coordinator = small.withRole(initiative, InitiativeRole.COORDINATOR, "Coordinator");
        lead = small.withRole(initiative, InitiativeRole.WORKGROUP_LEAD, "Lead");
        listed = small.withRole(initiative, InitiativeRole.STAKEHOLDER, "Listed");
        small.registration(initiative, listed, "APPROVED", true, "Listed Org");
        unlisted = small.withRole(initiative, InitiativeRole.STAKEHOLDER, "Unlisted");
        small.registration(initiative, unlisted, "APPROVED", false, "Hidden Org");
        workgroup = Authorization.runAsSystem(() -> {
            long id = workgroups.create(initiative, null, "Group", null, null, false);
            workgroups.setLead(id, lead.personId());
            workgroups.addMember(id, listed.personId());
            return id;
        });
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aWorkgroupForAnotherInitiativesGoalIsRefused() {
        long otherGoal = small.goalOf(small.initiative());
        SignIn.as(coordinator);
        Map<String, Integer> before = counts();

        assertRefused(() -> workgroups.create(initiative, otherGoal, "Borrowed goal", null, null, false), "goal",
                "workgroup.error.goal");
        assertThat(counts()).isEqualTo(before);
        long own = workgroups.create(initiative, small.goalOf(initiative), "Own goal", null, null, false);
        assertThat(workgroups.details(own).goal()).startsWith("Goal of");
    }

    @Test
    void membersAndLeadsSeeNoOrganizationOrSectorOfWhoDeclinedTheDirectory() {
        Authorization.runAsSystem(() -> {
            workgroups.addMember(workgroup, unlisted.personId());
            return null;
        });
        SignIn.as(listed);
        MemberItem hidden = member(unlisted);
        assertThat(hidden.organization()).isNull();
        assertThat(hidden.sector()).isNull();
        assertThat(hidden.region()).isNull();
        assertThat(member(listed).organization()).isEqualTo("Listed Org");
        assertThat(member(listed).sector()).isNotNull();

        SignIn.as(coordinator);
        assertThat(member(unlisted).organization()).as("coordinators see their registrations anyway")
                .isEqualTo("Hidden Org");
    }

    @Test
    void aLeadSeesNoOrganizationOfARequesterWhoDeclinedTheDirectory() {
        SignIn.as(unlisted);
        joinRequests.requestToJoin(workgroup, "Please");
        SignIn.as(lead);

        JoinRequestItem request = joinRequests.pending(workgroup, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(request.organization()).isNull();
        assertThat(request.sector()).isNull();
    }

    @Test
    void aNulCharacterInAJoinRequestReasonOrDecisionNoteIsRefusedByTheField() {
        SignIn.as(unlisted);
        Map<String, Integer> before = counts();
        assertRefused(() -> joinRequests.requestToJoin(workgroup, "Please\0"), "reason", NUL);
        assertThat(counts()).isEqualTo(before);

        long request = joinRequests.requestToJoin(workgroup, "Please");
        SignIn.as(lead);
        Map<String, Integer> pending = counts();
        assertRefused(() -> joinRequests.approve(request, "Welcome\0"), "note", NUL);
        assertRefused(() -> joinRequests.decline(request, "No\0"), "note", NUL);
        assertThat(counts()).isEqualTo(pending);
        assertThat(joinRequests.pending(workgroup, PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    private MemberItem member(Actor who) {
        return workgroups.members(workgroup, PageRequest.of(0, 20)).stream()
                .filter(m -> m.personId() == who.personId()).findFirst().orElseThrow();
    }

    private Map<String, Integer> counts() {
        return TableCounts.of(jdbc, List.of("workgroup", "workgroup_member", "join_request", "audit_event", "notice"));
    }
}
