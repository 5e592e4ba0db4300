package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Mailbox;
import app.convene.support.SignIn;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=timeline")
class MilestoneServiceTest {

    @Autowired
    MilestoneService milestones;
    @Autowired
    MilestoneFigures figures;
    @Autowired
    OverdueMilestones overdue;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long atlanta;
    long youth;
    long planningPhase;

    @BeforeEach
    void find() {
        atlanta = fixtures.initiativeId("equity-at-work");
        youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
        planningPhase = jdbc.queryForObject("select id from phase where initiative_id = ? and position = 2", Long.class, atlanta);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void signInAs(String name) {
        SignIn.as(new Actor(fixtures.personId(name), name, false));
    }

    MilestoneDraft draft(String title, LocalDate start, LocalDate due, Set<Long> dependsOn, boolean isPublic) {
        return new MilestoneDraft(title, null, planningPhase, youth, null, start, due, MilestoneStatus.PLANNED, dependsOn,
                isPublic);
    }

    long add(String title, Set<Long> dependsOn) {
        return Authorization.runAsSystem(() -> milestones.save(atlanta, null, null,
                draft(title, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 1), dependsOn, true)).id());
    }

    @Test
    void aDependencyCycleIsRefusedWithAClearReason() {
        long a = add("A", Set.of());
        long b = add("B", Set.of(a));
        long c = add("C", Set.of(b));
        long version = jdbc.queryForObject("select version from milestone where id = ?", Long.class, a);

        assertThatThrownBy(() -> Authorization.runAsSystem(() -> milestones.save(atlanta, a, version,
                draft("A", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 1), Set.of(c), true))))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.messageKey()).isEqualTo("milestone.error.cycle"));
        assertThat(jdbc.queryForObject("select count(*) from milestone_dependency where milestone_id = ?", Integer.class, a))
                .isZero();
    }

    @Test
    void dueBeforeStartIsRefusedAndOutsideThePhaseIsOnlyAWarning() {
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> milestones.save(atlanta, null, null,
                draft("Backwards", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 5, 1), Set.of(), true))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("dueAfterStart");

        MilestoneService.SaveResult late = Authorization.runAsSystem(() -> milestones.save(atlanta, null, null,
                draft("Late in 2021", null, LocalDate.of(2021, 3, 1), Set.of(), true)));
        assertThat(late.warnings()).containsExactly("milestone.warning.outsidePhase");
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, late.id())).isEqualTo(1);
    }

    @Test
    void theLeadOfTheOwningWorkgroupUpdatesStatusKeptAsHistoryAndAStaleUpdateIsRefused() {
        long id = add("Inventory", Set.of());
        long version = milestones.get(id).version();
        signInAs("Sam Chen");

        milestones.updateStatus(id, version, MilestoneStatus.IN_PROGRESS, "Three districts replied");
        assertThatThrownBy(() -> milestones.updateStatus(id, version, MilestoneStatus.DONE, "stale"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        milestones.updateStatus(id, milestones.get(id).version(), MilestoneStatus.DONE, "All five in");

        assertThat(milestones.get(id).completedOn()).isNotNull();
        assertThat(milestones.history(id)).extracting(ProgressEntry::status, ProgressEntry::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.DONE, "All five in"),
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.IN_PROGRESS, "Three districts replied"),
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.PLANNED, null));
    }

    @Test
    void othersCannotUpdateAndVisitorsSeeOnlyPublicMilestones() {
        long id = add("Owned by youth", Set.of());
        long internal = Authorization.runAsSystem(() -> milestones.save(atlanta, null, null,
                draft("Internal", null, LocalDate.of(2020, 5, 1), Set.of(), false)).id());
        signInAs("Jordan Ellis");
        assertThatThrownBy(() -> milestones.updateStatus(id, milestones.get(id).version(), MilestoneStatus.DONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(milestones.visible(atlanta)).extracting(MilestoneItem::id).contains(id, internal);

        SignIn.out();
        assertThat(milestones.visible(atlanta)).extracting(MilestoneItem::id).contains(id).doesNotContain(internal);
        assertThatThrownBy(() -> milestones.get(internal)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestones.save(atlanta, null, null, draft("X", null, LocalDate.of(2020, 5, 1), Set.of(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueOwnersAreToldOnceHoweverOftenTheJobRuns() throws Exception {
        long id = add("Overdue since 2020", Set.of());
        Integer before = jdbc.queryForObject("select count(*) from notice", Integer.class);
        int samsMail = Mailbox.to("sam.chen@example.org").size();

        int first = Authorization.runAsSystem(overdue::notifyOverdue);
        int second = Authorization.runAsSystem(overdue::notifyOverdue);

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(jdbc.queryForObject("select count(*) from milestone_overdue_notice where milestone_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from notice n join person p on p.id = n.person_id
                where p.display_name = 'Sam Chen' and n.text like 'notice.milestoneOverdue%Overdue since 2020%'""",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).isGreaterThan(before);
        assertThat(jdbc.queryForMap("""
                select n.kind, n.initiative_id, n.link from notice n join person p on p.id = n.person_id
                where p.display_name = 'Sam Chen' and n.text like 'notice.milestoneOverdue%Overdue since 2020%'"""))
                .containsEntry("kind", "MILESTONE").containsEntry("initiative_id", atlanta)
                .containsEntry("link", "initiatives/equity-at-work/timeline");
        List<MimeMessage> toSam = Mailbox.to("sam.chen@example.org");
        assertThat(toSam.subList(samsMail, toSam.size())).as("the owner is mailed at once, once")
                .filteredOn(m -> Mailbox.subject(m).contains("Overdue since 2020")).singleElement().satisfies(m -> {
                    assertThat(Mailbox.subject(m)).startsWith("The milestone Overdue since 2020 was due on ")
                            .endsWith(" and is not done.");
                    assertThat(Mailbox.body(m)).containsPattern(
                            "Open it in Convene: https?://\\S+/initiatives/equity-at-work/timeline\\s");
                });
    }
    java.util.Map<String, Object> lastAudit(long milestoneId) {
        return jdbc.queryForMap("""
                select action, actor_label, before_state, after_state from audit_event
                where subject_type = 'milestone' and subject_id = ? order by id desc limit 1""", String.valueOf(milestoneId));
    }

    @Test
    void theLeadCancelsWithAReasonKeptInTheHistoryItIsNoLongerOverdueOrCountedAndCanBeReopened() {
        long id = add("Survey every district", Set.of()); // due in 2020: overdue
        int[] progressBefore = figures.publicProgress(atlanta).get(planningPhase).clone();
        long version = milestones.get(id).version();
        signInAs("Sam Chen");

        assertThatThrownBy(() -> milestones.cancel(id, version, "  "))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.messageKey()).isEqualTo("milestone.error.cancelReason"));
        milestones.cancel(id, version, "The districts merged their surveys");
        assertThatThrownBy(() -> milestones.cancel(id, version, "stale")).as("a stale cancel is refused")
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(milestones.get(id).status()).isEqualTo(MilestoneStatus.CANCELLED);
        assertThat(milestones.history(id).getFirst()).extracting(ProgressEntry::status, ProgressEntry::note)
                .containsExactly(MilestoneStatus.CANCELLED, "The districts merged their surveys");
        assertThat(lastAudit(id)).containsEntry("action", "milestone.cancelled").containsEntry("actor_label", "Sam Chen");
        assertThat((String) lastAudit(id).get("before_state")).contains("status=PLANNED");
        assertThat((String) lastAudit(id).get("after_state")).contains("status=CANCELLED", "The districts merged their surveys");
        assertThat(milestones.get(id).overdueOn(LocalDate.now())).isFalse();
        SignIn.out();

        Dashboard dashboard = Authorization.runAsSystem(() -> figures.dashboard(atlanta));
        assertThat(dashboard.overdue()).extracting(MilestoneItem::id).doesNotContain(id);
        Authorization.runAsSystem(overdue::notifyOverdue);
        assertThat(jdbc.queryForObject("select count(*) from milestone_overdue_notice where milestone_id = ?", Integer.class, id))
                .as("no overdue notice for a cancelled milestone").isZero();
        int[] progressAfter = figures.publicProgress(atlanta).get(planningPhase);
        assertThat(progressAfter[0]).isEqualTo(progressBefore[0]);
        assertThat(progressAfter[1]).as("not counted").isEqualTo(progressBefore[1] - 1);
        assertThat(progressAfter[2]).as("not open").isEqualTo(progressBefore[2] - 1);

        signInAs("Sam Chen");
        milestones.updateStatus(id, milestones.get(id).version(), MilestoneStatus.IN_PROGRESS, "Back on");
        assertThat(milestones.get(id).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(lastAudit(id)).containsEntry("action", "milestone.reopened");
        assertThat(milestones.history(id)).extracting(ProgressEntry::status)
                .containsSubsequence(MilestoneStatus.IN_PROGRESS, MilestoneStatus.CANCELLED, MilestoneStatus.PLANNED);
    }

    @Test
    void percentDoneLeavesCancelledMilestonesOutOfTheDenominator() {
        java.util.function.BiFunction<Long, MilestoneStatus, MilestoneItem> view = (id, status) -> new MilestoneItem(id, 0,
                1, 1L, "M" + id, null, null, null, null, null, null, LocalDate.of(2024, 1, 1), status, null, true, Set.of());
        assertThat(MilestoneFigures.percentDone(java.util.List.of(view.apply(1L, MilestoneStatus.DONE),
                view.apply(2L, MilestoneStatus.PLANNED), view.apply(3L, MilestoneStatus.CANCELLED)), m -> "Phase"))
                .containsEntry("Phase", 50);
    }

    @Test
    void aCancellationNeedsItsReasonAndCannotSlipInThroughTheForm() {
        long id = add("Cancel through the form", Set.of());
        long version = milestones.get(id).version();
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> milestones.save(atlanta, id, version,
                new MilestoneDraft("Cancel through the form", null, planningPhase, youth, null, null, LocalDate.of(2020, 6, 1),
                        MilestoneStatus.CANCELLED, Set.of(), true))))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.messageKey()).isEqualTo("milestone.error.cancelReason"));
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> {
            milestones.updateStatus(id, version, MilestoneStatus.CANCELLED, null);
            return null;
        })).isInstanceOf(ValidationError.class);
        assertThat(milestones.get(id).status()).isEqualTo(MilestoneStatus.PLANNED);
    }

    @Test
    void deletingIsRefusedWhileOthersDependNamingThemAndAStaleDeleteIsRefusedToo() {
        long base = add("Base survey", Set.of());
        long follow = add("Follow-up survey", Set.of(base));
        long version = milestones.get(base).version();
        signInAs("Sam Chen");
        assertThatThrownBy(() -> milestones.delete(base, version, true)).as("leads do not delete")
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();

        assertThatThrownBy(() -> Authorization.runAsSystem(() -> {
            milestones.delete(base, version, false);
            return null;
        })).isInstanceOfSatisfying(MilestoneInUseException.class,
                e -> assertThat(e.dependents()).containsExactly("Follow-up survey"));
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> {
            milestones.delete(base, version - 1, true);
            return null;
        })).as("a stale delete").isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, base)).isEqualTo(1);

        Authorization.runAsSystem(() -> {
            milestones.delete(base, version, true);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, base)).isZero();
        assertThat(milestones.get(follow).dependsOn()).isEmpty();
        assertThat(lastAudit(base)).containsEntry("action", "milestone.deleted").containsEntry("after_state", null);
        assertThat((String) lastAudit(base).get("before_state")).contains("title=Base survey", "dependents=[Follow-up survey]");

        Authorization.runAsSystem(() -> {
            milestones.delete(follow, milestones.get(follow).version(), false);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Integer.class, follow)).isZero();
    }
}
