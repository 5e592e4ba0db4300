package app.convene.workgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.RoleService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Workgroup rights rest on a current initiative role, and appointments are made as whoever makes them. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=workgroups")
class RevokedRoleTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    WorkgroupNoteService notes;
    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    RoleService roles;
    @Autowired
    PersonService persons;
    @Autowired
    MilestoneService milestones;
    @Autowired
    app.convene.timeline.PersonalFeed personalFeed;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long atlanta;
    long workgroup;
    Actor lead;

    @BeforeEach
    void aWorkgroupWithANewLead() {
        atlanta = fixtures.initiativeId("equity-at-work");
        lead = newPerson("Lead");
        String name = "Revoke group " + UUID.randomUUID().toString().substring(0, 6);
        workgroup = Authorization.runAsSystem(() -> {
            roles.appoint(atlanta, lead.personId(), InitiativeRole.STAKEHOLDER);
            long id = workgroups.create(atlanta, null, name, null, null, false);
            workgroups.setLead(id, lead.personId());
            return id;
        });
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void revokingTheLastRoleEndsMembershipLeadRightsAndTheFeed() {
        long milestone = Authorization.runAsSystem(() -> milestones.save(atlanta, null, null, new MilestoneDraft(
                "Internal of the group", null, null, workgroup, null, null, LocalDate.of(2031, 1, 1),
                MilestoneStatus.PLANNED, Set.of(), false)).id());
        long actionItem = Authorization.runAsSystem(() -> notes.addNote(workgroup, new NewNote(NoteKind.ACTION,
                "The lead's own action", null, LocalDate.of(2031, 1, 1), lead.personId(), LocalDate.of(2031, 2, 1))));
        String feed = feedAddressOf(lead);
        assertThat(ids(personalFeed.milestones(feed).orElseThrow())).contains(milestone);

        Authorization.runAsSystem(() -> {
            for (Long assignment : jdbc.queryForList("select id from initiative_role where person_id = ?", Long.class,
                    lead.personId())) {
                roles.revoke(assignment);
            }
            return null;
        });

        assertThat(workgroups.workgroupIdsOf(lead.personId())).doesNotContain(workgroup);
        assertThat(ids(personalFeed.milestones(feed).orElseThrow())).doesNotContain(milestone);
        long version = Authorization.runAsSystem(() -> milestones.get(milestone).version());
        SignIn.as(lead);
        assertThatThrownBy(() -> notes.notes(workgroup, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joinRequests.pending(workgroup, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestones.updateStatus(milestone, version, MilestoneStatus.IN_PROGRESS, "still here"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.markDone(actionItem)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select action_done_at is null from workgroup_note where id = ?", Boolean.class,
                actionItem)).isTrue();
    }

    @Test
    void revokingTheLeadRoleLeavesAPlainMember() {
        Authorization.runAsSystem(() -> {
            roles.revoke(jdbc.queryForObject("select id from initiative_role where person_id = ? and role = 'WORKGROUP_LEAD'",
                    Long.class, lead.personId()));
            return null;
        });

        SignIn.as(lead);
        assertThat(notes.notes(workgroup, PageRequest.of(0, 5))).isNotNull();
        assertThatThrownBy(() -> joinRequests.pending(workgroup, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeadMakesAMemberWithARoleCoLeadInTheirOwnNameButCannotGrantARole() {
        Actor withRole = newPerson("Member");
        Actor withoutRole = newPerson("Outsider");
        Authorization.runAsSystem(() -> {
            roles.appoint(atlanta, withRole.personId(), InitiativeRole.STAKEHOLDER);
            workgroups.addMember(workgroup, withRole.personId());
            workgroups.addMember(workgroup, withoutRole.personId());
            return null;
        });
        SignIn.as(lead);

        workgroups.makeCoLead(workgroup, withRole.personId());
        assertThatThrownBy(() -> workgroups.makeCoLead(workgroup, withoutRole.personId()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rolesOf(withRole)).containsExactlyInAnyOrder("STAKEHOLDER", "WORKGROUP_LEAD");
        assertThat(rolesOf(withoutRole)).isEmpty();
        assertThat(jdbc.queryForList("select actor_label from audit_event where action = 'role.appointed'"
                + " and after_state = ?", String.class, withRole.name() + " as WORKGROUP_LEAD")).containsExactly(lead.name());
    }

    private String feedAddressOf(Actor person) {
        SignIn.as(person);
        try {
            return persons.myCalendarToken();
        } finally {
            SignIn.out();
        }
    }

    private List<String> rolesOf(Actor person) {
        return jdbc.queryForList("select role from initiative_role where person_id = ? and initiative_id = ?", String.class,
                person.personId(), atlanta);
    }

    private Actor newPerson(String kind) {
        String name = "Revoke " + kind + " " + UUID.randomUUID().toString().substring(0, 6);
        return new Actor(Authorization.runAsSystem(() -> persons.registerKnown("revoke-" + UUID.randomUUID(), name, null)),
                name, false);
    }

    private static List<Long> ids(List<MilestoneItem> items) {
        return items.stream().map(MilestoneItem::id).toList();
    }
}
