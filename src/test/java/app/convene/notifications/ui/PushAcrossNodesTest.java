package app.convene.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.convene.notifications.NoticeKind;
import app.convene.notifications.NoticeService;
import app.convene.notifications.Notification;
import app.convene.security.Authorization;
import app.convene.shared.signals.NodeSignals;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SecondNode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, decision 0047: pushes cross nodes through PostgreSQL's NOTIFY. Node A (this test's context) listens
 * on Jordan's notices channel, as Jordan's open pages do; a notice left for Jordan on node B (a second context on
 * the same database) reaches it once B's transaction commits, a rolled-back one never; a cut listening connection
 * connects again, refreshes what listens on node A and hears the next signal.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=push-two-nodes")
class PushAcrossNodesTest {

    private static final long GENEROUS_WAIT_MILLIS = 30_000;
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PushChannels channels;
    @Autowired
    NodeSignals signals;
    @Autowired
    DataSource dataSource;

    long jordan;
    final List<String> heard = new CopyOnWriteArrayList<>();
    /** A channel of this test's own: a probe the previous test published in a loop may still arrive on its channel. */
    final String probe = "probe-" + UUID.randomUUID();
    final List<Registration> listening = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenOnNodeA() {
        if (nodeB == null) {
            nodeB = SecondNode.start(dataSource);
        }
        jordan = fixtures.personId("Jordan Ellis");
        listening.add(channels.onPublish(NoticePush.channel(jordan), () -> heard.add("notice")));
        listening.add(channels.onPublish(probe, () -> heard.add("probe")));
    }

    @AfterEach
    void stopListening() {
        listening.forEach(Registration::remove);
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void aNoticeLeftOnNodeBReachesNodeAButNotOneRolledBack() {
        assertThat(signals.listening()).isTrue();
        NoticeService noticesOnB = nodeB.getBean(NoticeService.class);
        new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            leaveJordanANotice(noticesOnB, "Rolled back");
            status.setRollbackOnly();
        });
        nodeB.getBean(PushChannels.class).publish(probe); // sent after the rollback: the notice's would come first

        await(() -> heard.contains("probe"));
        channels.settle();
        assertThat(heard).as("the rolled-back transaction sent nothing").containsExactly("probe");

        leaveJordanANotice(noticesOnB, "Ben");
        await(() -> heard.contains("notice"));
        assertThat(heard).containsExactly("probe", "notice");
    }

    @Test
    void aCutListeningConnectionConnectsAgainRefreshesWhatListensAndHearsTheNextSignal() {
        Integer before = listenerOf(signals);
        assertThat(before).as("node A listens on a connection of its own").isNotNull();
        assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, before)).isTrue();

        await(() -> heard.contains("notice")); // everything listening refreshes: signals sent meanwhile were lost
        await(() -> {
            Integer now = listenerOf(signals);
            return now != null && !now.equals(before);
        });
        await(() -> {
            nodeB.getBean(PushChannels.class).publish(probe);
            return heard.contains("probe");
        });
    }

    private Integer listenerOf(NodeSignals node) {
        return jdbc.query("select pid from pg_stat_activity where application_name = ?",
                rs -> rs.next() ? rs.getInt(1) : null, "convene-signals " + node.node());
    }

    private void leaveJordanANotice(NoticeService notices, String who) {
        Authorization.runAsSystem(() -> {
            notices.notify(Notification.of(NoticeKind.JOIN_REQUESTED, jordan, "notice.joinRequested", who,
                    "Youth Transition").linkTo("my/workgroups"));
            return null;
        });
    }

    /** Polls until the condition holds, or fails after a generous wait. */
    private void await(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + GENEROUS_WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                fail("not reached within " + GENEROUS_WAIT_MILLIS + " ms; heard " + heard);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            channels.settle();
        }
    }
}
