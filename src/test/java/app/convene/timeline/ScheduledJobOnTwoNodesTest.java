package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SecondNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;

/**
 * Issue 19, decision 0047: two nodes on one database fire the morning's overdue-milestone job at the same moment
 * (as their schedulers would at 07:00, here through each node's own job bean) and it runs once; the owner hears
 * once. Past the lock's proxy the second node's job does run, so the count below would see a second run.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=scheduled-two-nodes")
class ScheduledJobOnTwoNodesTest {

    @Autowired
    OverdueMilestonesJob job;
    @Autowired
    MilestoneService milestones;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void bothNodesFireTheMorningJobAtOnceAndItRunsOnce() throws Exception {
        long milestone = overdueMilestone();

        try (ConfigurableApplicationContext nodeB = SecondNode.start(dataSource);
             ExecutorService two = Executors.newFixedThreadPool(2)) {
            OverdueMilestonesJob jobB = nodeB.getBean(OverdueMilestonesJob.class);
            CountDownLatch now = new CountDownLatch(1);
            Future<Optional<Integer>> onA = two.submit(atOnce(now, job::run));
            Future<Optional<Integer>> onB = two.submit(atOnce(now, jobB::run));
            now.countDown();
            List<Optional<Integer>> runs = List.of(onA.get(), onB.get());

            assertThat(runs).as("one node ran the job, the other skipped it").filteredOn(Optional::isPresent)
                    .singleElement().satisfies(ran -> assertThat(ran.orElseThrow()).isPositive());
            assertThat(runs).filteredOn(Optional::isEmpty).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from milestone_overdue_notice where milestone_id = ?",
                    Integer.class, milestone)).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from notice n join person p on p.id = n.person_id
                    where p.display_name = 'Sam Chen' and n.text like 'notice.milestoneOverdue%Two nodes at seven%'""",
                    Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from shedlock where name = 'overdue-milestones'
                    and lock_until > timezone('utc', current_timestamp)""", Integer.class))
                    .as("held five minutes after the run, past the spread between the nodes' clocks").isEqualTo(1);
            assertThat(jobB.run()).as("node B a moment later: still skipped").isEmpty();

            LockAssert.TestHelper.makeAllAssertsPass(true);
            try {
                OverdueMilestonesJob unlocked = AopTestUtils.getTargetObject(jobB);
                assertThat(unlocked.run()).as("without the lock node B runs it too").isPresent();
            } finally {
                LockAssert.TestHelper.makeAllAssertsPass(false);
            }
        }
    }

    private static Callable<Optional<Integer>> atOnce(CountDownLatch start, Callable<Optional<Integer>> run) {
        return () -> {
            start.await();
            return run.call();
        };
    }

    private long overdueMilestone() {
        long atlanta = fixtures.initiativeId("equity-at-work");
        long youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
        long phase = jdbc.queryForObject("select id from phase where initiative_id = ? and position = 2", Long.class,
                atlanta);
        return Authorization.runAsSystem(() -> milestones.save(atlanta, null, null, new MilestoneDraft(
                "Two nodes at seven", null, phase, youth, null, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 1),
                MilestoneStatus.PLANNED, Set.of(), true)).id());
    }
}
