package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
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
    JdbcTemplate jdbc;

    long atlanta;
    long youth;
    long planningPhase;

    @BeforeEach
    void find() {
        atlanta = jdbc.queryForObject("select id from initiative where slug = 'equity-at-work'", Long.class);
        youth = jdbc.queryForObject("select id from workgroup where initiative_id = ? and name = 'Youth Transition'",
                Long.class, atlanta);
        planningPhase = jdbc.queryForObject("select id from phase where initiative_id = ? and position = 2", Long.class, atlanta);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void signInAs(String name) {
        SignIn.as(new Actor(jdbc.queryForObject("select id from person where display_name = ?", Long.class, name), name, false));
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
                .isInstanceOfSatisfying(MilestoneValidationException.class, e -> assertThat(e.reason()).isEqualTo("cycle"));
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
        assertThat(milestones.visible(atlanta)).extracting(MilestoneView::id).contains(id, internal);

        SignIn.out();
        assertThat(milestones.visible(atlanta)).extracting(MilestoneView::id).contains(id).doesNotContain(internal);
        assertThatThrownBy(() -> milestones.get(internal)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestones.save(atlanta, null, null, draft("X", null, LocalDate.of(2020, 5, 1), Set.of(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueOwnersAreToldOnceHoweverOftenTheJobRuns() throws Exception {
        long id = add("Overdue since 2020", Set.of());
        Integer before = jdbc.queryForObject("select count(*) from notice", Integer.class);

        int first = Authorization.runAsSystem(milestones::notifyOverdue);
        int second = Authorization.runAsSystem(milestones::notifyOverdue);

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(jdbc.queryForObject("select count(*) from milestone_overdue_notice where milestone_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from notice n join person p on p.id = n.person_id
                where p.display_name = 'Sam Chen' and n.text like 'notice.milestoneOverdue%Overdue since 2020%'""",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).isGreaterThan(before);
        boolean mailed = false;
        for (var message : app.convene.shared.mail.LocalMailbox.shared().messages()) {
            mailed |= message.getSubject().contains("Overdue since 2020")
                    && message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().contains("sam.chen@example.org");
        }
        assertThat(mailed).as("the owner is mailed too").isTrue();
    }
}
