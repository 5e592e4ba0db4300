package app.convene.security;

import static app.convene.support.FieldRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import app.convene.support.TableCounts;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.workgroups.WorkgroupService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The people pickers and the services behind them stay within the initiative: only people related
 * to it (a role, a pending or approved registration, a workgroup membership) are found and accepted.
 */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@TestPropertySource(properties = "convene.test.database=initiative-people")
class InitiativePeopleTest {

    @Autowired
    SmallInitiatives small;
    @Autowired
    PersonService persons;
    @Autowired
    RoleService roles;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    MilestoneService milestones;
    @Autowired
    JdbcTemplate jdbc;

    private static final String UNRELATED = "roles.error.unrelated";

    long initiativeA;
    long initiativeB;
    long workgroupA;
    Actor coordinatorA;
    Actor stakeholderA;
    Actor registrantA;
    Actor memberA;
    Actor onlyInB;
    Actor declinedInA;

    @BeforeEach
    void twoInitiatives() {
        initiativeA = small.initiative();
        initiativeB = small.initiative();
        coordinatorA = small.withRole(initiativeA, InitiativeRole.COORDINATOR, "Coordinator A");
        stakeholderA = small.withRole(initiativeA, InitiativeRole.STAKEHOLDER, "Stakeholder A");
        registrantA = small.person("Registrant A");
        small.registration(initiativeA, registrantA, "PENDING", true, "Org");
        declinedInA = small.person("Declined A");
        small.registration(initiativeA, declinedInA, "DECLINED", true, "Org");
        memberA = small.person("Member A");
        onlyInB = small.withRole(initiativeB, InitiativeRole.STAKEHOLDER, "Only B");
        small.registration(initiativeB, onlyInB, "APPROVED", true, "Org");
        workgroupA = Authorization.runAsSystem(() -> {
            long id = workgroups.create(initiativeA, null, "Group A", null, null, false);
            workgroups.addMember(id, memberA.personId()); // a legacy member without a role
            return id;
        });
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<PersonSummary> search(String text) {
        return persons.search(initiativeA, text, PageRequest.of(0, 50)).getContent();
    }

    @Test
    void aCoordinatorFindsOnlyPeopleRelatedToTheirInitiative() {
        SignIn.as(coordinatorA);

        assertThat(search("")).extracting(PersonSummary::id).containsExactlyInAnyOrder(coordinatorA.personId(),
                stakeholderA.personId(), registrantA.personId(), memberA.personId());
        assertThat(search("only b")).isEmpty();
        assertThat(search("registrant a")).extracting(PersonSummary::id).containsExactly(registrantA.personId());
    }

    @Test
    void noEmailOfAnotherInitiativesPeopleReachesACoordinator() {
        String email = persons.find(onlyInB.personId()).orElseThrow().email();
        SignIn.as(coordinatorA);

        assertThat(search("@example.org")).extracting(PersonSummary::email).doesNotContain(email)
                .contains(persons.find(stakeholderA.personId()).orElseThrow().email());
        assertThat(search(email)).as("not even when typed in full").isEmpty();
    }

    @Test
    void anAdministratorFindsSomeoneElseOnlyByTheirWholeEmail() {
        String email = persons.find(onlyInB.personId()).orElseThrow().email();
        SignIn.as(new Actor(coordinatorA.personId(), "Admin", true));

        assertThat(search(email.substring(0, email.indexOf('@')))).as("part of it").isEmpty();
        assertThat(search(email.toUpperCase())).extracting(PersonSummary::id, PersonSummary::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(onlyInB.personId(), email));
        assertThat(search("")).extracting(PersonSummary::id).doesNotContain(onlyInB.personId());
    }

    @Test
    void anAdministratorAppointsTheFirstCoordinatorOfANewInitiative() {
        long fresh = small.initiative();
        SignIn.as(new Actor(coordinatorA.personId(), "Admin", true));

        assertThat(roles.appoint(fresh, onlyInB.personId(), InitiativeRole.COORDINATOR)).isTrue();
    }

    @Test
    void aPersonUnrelatedToTheInitiativeIsRefusedAsAppointeeMemberLeadAndOwner() {
        SignIn.as(coordinatorA);
        long stranger = onlyInB.personId();
        Map<String, Integer> before = counts();

        assertRefused(() -> roles.appoint(initiativeA, stranger, InitiativeRole.COMMITTEE_MEMBER), "person", UNRELATED);
        assertRefused(() -> workgroups.addMember(workgroupA, stranger), "person", UNRELATED);
        assertRefused(() -> workgroups.setLead(workgroupA, stranger), "person", UNRELATED);
        assertRefused(() -> milestones.save(initiativeA, null, null, ownedBy(stranger)), "ownerPerson", UNRELATED);
        assertRefused(() -> roles.appoint(initiativeA, declinedInA.personId(), InitiativeRole.STAKEHOLDER), "person", UNRELATED);
        assertThat(counts()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void peopleRelatedToTheInitiativeAreAccepted() {
        SignIn.as(coordinatorA);

        assertThat(roles.appoint(initiativeA, registrantA.personId(), InitiativeRole.COMMITTEE_MEMBER)).isTrue();
        workgroups.addMember(workgroupA, stakeholderA.personId());
        workgroups.setLead(workgroupA, memberA.personId());
        long milestone = milestones.save(initiativeA, null, null, ownedBy(registrantA.personId())).id();

        assertThat(milestones.get(milestone).ownerPersonId()).isEqualTo(registrantA.personId());
        assertThat(Set.copyOf(workgroups.members(workgroupA, PageRequest.of(0, 10)).map(m -> m.personId()).getContent()))
                .containsExactlyInAnyOrder(stakeholderA.personId(), memberA.personId());
    }

    private Map<String, Integer> counts() {
        return TableCounts.of(jdbc, List.of("initiative_role", "workgroup_member", "milestone", "audit_event"));
    }

    private static MilestoneDraft ownedBy(long personId) {
        return new MilestoneDraft("Owned", null, null, null, personId, null, LocalDate.of(2030, 1, 1),
                MilestoneStatus.PLANNED, Set.of(), false);
    }
}
