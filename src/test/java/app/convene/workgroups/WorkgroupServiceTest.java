package app.convene.workgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.notifications.NoticeService;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
// Appoints demo people as leads (a role change): a database of its own, so header tests see the demo roles.
@TestPropertySource(properties = "convene.test.database=workgroups")
class WorkgroupServiceTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    WorkgroupNoteService workgroupNotes;
    @Autowired
    NoticeService notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeftNotices left;

    @Autowired
    app.convene.stakeholders.ParticipationService participation;
    long atlanta;
    long workgroup;

    @BeforeEach
    void aWorkgroupLedBySam() {
        atlanta = fixtures.initiativeId("equity-at-work");
        String name = "Test group " + UUID.randomUUID().toString().substring(0, 6);
        workgroup = Authorization.runAsSystem(() -> {
            long id = workgroups.create(atlanta, null, name, "Our *charter*", null, false);
            workgroups.setLead(id, person("Sam Chen"));
            return id;
        });
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long person(String name) {
        return fixtures.personId(name);
    }

    void signInAs(String name) {
        SignIn.as(new Actor(person(name), name, false));
    }

    @Test
    void aStakeholderAsksTheLeadApprovesAndTheNewMemberIsToldAndReadsTheNotes() throws Exception {
        long before = left.last();
        int jordansMail = Mailbox.to("jordan.ellis@example.org").size();
        int samsMail = Mailbox.to("sam.chen@example.org").size();
        String name = jdbc.queryForObject("select name from workgroup where id = ?", String.class, workgroup);
        signInAs("Jordan Ellis");
        long request = joinRequests.requestToJoin(workgroup, "I run employer outreach");
        assertThatThrownBy(() -> workgroupNotes.notes(workgroup, PageRequest.of(0, 5)))
                .as("not a member yet").isInstanceOf(AccessDeniedException.class);

        signInAs("Sam Chen");
        assertThat(notices.mine(PageRequest.of(0, 5)).getContent().getFirst().messageKey()).isEqualTo("notice.joinRequested");
        assertThat(joinRequests.pending(workgroup, PageRequest.of(0, 10)).getContent())
                .extracting(JoinRequestItem::name, JoinRequestItem::reason)
                .containsExactly(tuple("Jordan Ellis", "I run employer outreach"));
        workgroupNotes.addNote(workgroup, new NewNote(NoteKind.DECISION, "Meet monthly", "First **Tuesday**",
                LocalDate.now(), null, null));
        joinRequests.approve(request, "Welcome!");

        signInAs("Jordan Ellis");
        assertThat(workgroups.details(workgroup).myRole()).isNotNull();
        assertThat(workgroupNotes.notes(workgroup, PageRequest.of(0, 5)).getContent()).extracting(NoteItem::title)
                .contains("Meet monthly");
        assertThat(notices.mine(PageRequest.of(0, 5)).getContent().getFirst().messageKey()).isEqualTo("notice.joinApproved");
        assertThat(left.since(before)).filteredOn(n -> n.key().equals("notice.joinApproved"))
                .extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::initiativeId,
                        LeftNotices.Row::link)
                .containsExactly(tuple(person("Jordan Ellis"), "JOIN_DECIDED", atlanta, "workgroups/" + workgroup));
        assertThat(left.receivers(before, "notice.joinRequested")).as("the lead hears of the request, the requester does not")
                .containsExactly(person("Sam Chen"));
        List<MimeMessage> toJordan = Mailbox.to("jordan.ellis@example.org");
        assertThat(toJordan).as("the decision, mailed at once").hasSize(jordansMail + 1);
        assertThat(toJordan.getLast().getSubject()).isEqualTo("Your request to join " + name + " was approved. Welcome!");
        assertThat(Mailbox.body(toJordan.getLast())).containsPattern("Open it in Convene: https?://\\S+/workgroups/"
                + workgroup + "\\s");
        List<MimeMessage> toSam = Mailbox.to("sam.chen@example.org");
        assertThat(toSam).as("the lead's request to decide, mailed at once").hasSize(samsMail + 1);
        assertThat(toSam.getLast().getSubject()).isEqualTo("Jordan Ellis asks to join " + name + ".");
        assertThat(workgroupNotes.activity(workgroup, PageRequest.of(0, 10)).getContent()).extracting(ActivityItem::kind)
                .contains("joined", "note.decision", "lead", "created");
    }

    @Test
    void twoLeadsApprovingAtOnceAddTheMemberOnce() throws Exception {
        Authorization.runAsSystem(() -> {
            workgroups.setLead(workgroup, person("Maya Thompson"));
            return null;
        });
        signInAs("Casey Morgan");
        long request = joinRequests.requestToJoin(workgroup, null);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> leads = List.of(approveAs("Sam Chen", request, start), approveAs("Maya Thompson", request, start));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = leads.stream().map(pool::submit).toList();
        start.countDown();
        List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("approved", "refused");
        assertThat(jdbc.queryForObject("select count(*) from workgroup_member where workgroup_id = ? and person_id = ?",
                Integer.class, workgroup, person("Casey Morgan"))).isEqualTo(1);
    }

    private Callable<String> approveAs(String lead, long request, CountDownLatch start) {
        long id = person(lead);
        return () -> {
            SignIn.as(new Actor(id, lead, false));
            start.await();
            try {
                joinRequests.approve(request, null);
                return "approved";
            } catch (AlreadyDecidedJoinRequestException e) {
                return "refused";
            } finally {
                SignIn.out();
            }
        };
    }

    @Test
    void closedAndFullWorkgroupsTakeNoRequests() {
        Authorization.runAsSystem(() -> {
            workgroups.configure(workgroup, workgroups.details(workgroup).version(), "Closed group", null, null, true);
            return null;
        });
        signInAs("Jordan Ellis");
        assertThatThrownBy(() -> joinRequests.requestToJoin(workgroup, null))
                .isInstanceOfSatisfying(WorkgroupUnavailableException.class, e -> assertThat(e.reason()).isEqualTo("closed"));

        Authorization.runAsSystem(() -> {
            workgroups.configure(workgroup, workgroups.details(workgroup).version(), "Full group", null, 1, false);
            return null;
        });
        assertThatThrownBy(() -> joinRequests.requestToJoin(workgroup, null))
                .isInstanceOfSatisfying(WorkgroupUnavailableException.class, e -> assertThat(e.reason()).isEqualTo("full"));
        assertThat(jdbc.queryForObject("select count(*) from join_request where workgroup_id = ?", Integer.class, workgroup))
                .isZero();
    }

    @Test
    void aLeadOfAnotherWorkgroupCannotDecideAndOutsidersCannotRead() {
        long other = Authorization.runAsSystem(() -> {
            long id = workgroups.create(atlanta, null, "Other " + UUID.randomUUID(), null, null, false);
            workgroups.setLead(id, person("Jordan Ellis"));
            return id;
        });
        signInAs("Casey Morgan");
        long request = joinRequests.requestToJoin(workgroup, null);

        signInAs("Jordan Ellis"); // leads the other workgroup, not this one
        assertThatThrownBy(() -> joinRequests.approve(request, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joinRequests.pending(workgroup, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThat(joinRequests.pending(other, PageRequest.of(0, 5))).isEmpty();

        signInAs("Priya Nair"); // no role in this initiative
        assertThatThrownBy(() -> workgroups.members(workgroup, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> joinRequests.requestToJoin(workgroup, null)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> workgroupNotes.notes(workgroup, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from join_request where id = ?", String.class, request))
                .isEqualTo("PENDING");
    }

    @Test
    void aNoteWithANulCharacterIsRefusedByTheField() {
        signInAs("Sam Chen");
        assertThatThrownBy(() -> workgroupNotes.addNote(workgroup, new NewNote(NoteKind.DECISION, "Meet", "First\0Tuesday",
                LocalDate.now(), null, null))).isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.messageKey()).isEqualTo("error.nulCharacter");
                });
    }

    @Test
    void anActionItemNeedsAMemberAsOwnerWhoMayMarkItDone() {
        Authorization.runAsSystem(() -> {
            workgroups.addMember(workgroup, person("Jordan Ellis"));
            return null;
        });
        signInAs("Sam Chen");
        assertThatThrownBy(() -> workgroupNotes.addNote(workgroup, new NewNote(NoteKind.ACTION, "Call employers", null,
                LocalDate.now(), person("Priya Nair"), LocalDate.now().plusDays(7))))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.messageKey())
                        .isEqualTo("note.error.ownerNotMember"));
        long action = workgroupNotes.addNote(workgroup, new NewNote(NoteKind.ACTION, "Call employers", null, LocalDate.now(),
                person("Jordan Ellis"), LocalDate.now().plusDays(7)));

        signInAs("Jordan Ellis");
        workgroupNotes.markDone(action);

        assertThat(workgroupNotes.notes(workgroup, PageRequest.of(0, 5)).getContent()).filteredOn(n -> n.id() == action)
                .allMatch(n -> n.actionDoneAt() != null);
    }

    @Test
    void balanceSuppressesCountsBelowFive() {
        assertThat(WorkgroupBalance.suppress(new TreeMap<>(Map.of("A", 7L, "B", 2L))))
                .containsEntry("A", 7L).containsEntry("B", null);
        signInAs("Maya Thompson");
        WorkgroupBalance balance = workgroups.balance(workgroup);
        assertThat(balance.bySector().values()).allMatch(v -> v == null || v >= 5);
        assertThat(balance.demographics()).as("the members' demographics, protected")
                .isEqualTo(participation.demographicsOf(atlanta, workgroups.memberIds(workgroup)));
        assertThat(balance.demographics().gender().cells()).hasSize(app.convene.stakeholders.Demographics.Gender.values().length);
        signInAs("Sam Chen");
        assertThatThrownBy(() -> workgroups.balance(workgroup)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndAMessageKey() {
        Authorization.runAsSystem(() -> {
            assertThatThrownBy(() -> workgroups.create(atlanta, null, " ", null, null, false))
                    .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("name"));
            assertThatThrownBy(() -> workgroups.configure(workgroup, workgroups.details(workgroup).version(), "Named",
                    null, 0, false)).isInstanceOfSatisfying(ValidationError.class,
                    e -> assertThat(e.messageKey()).isEqualTo("workgroup.error.capacity"));
            return null;
        });
        signInAs("Jordan Ellis");
        assertThatThrownBy(() -> joinRequests.requestToJoin(workgroup, "x".repeat(1001)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }
}
