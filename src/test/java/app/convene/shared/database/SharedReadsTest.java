package app.convene.shared.database;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ConveneClock;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 67: requests share a read while the database's snapshot is the same; any committed write, by whatever
 * path (here plain SQL, outside Spring's transactions and on no service), makes the next request read again. Decision
 * 71: the refreshes of a push publication share as requests do.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class SharedReadsTest extends SpringBrowserlessTest {

    @Autowired
    SharedReads shared;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Authorization authorization;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PushChannels channels;

    final AtomicInteger loads = new AtomicInteger();

    record Key(String name) {
    }

    @BeforeEach
    void aTableOfOurOwn() {
        jdbc.execute("create table if not exists shared_reads_probe (id int primary key, word text)");
        // a table of content, as every migration's new table is (decision 69): its commits move the data version
        jdbc.queryForList("""
                select data_change_track('shared_reads_probe') where not exists (select 1 from pg_trigger
                 where tgrelid = 'shared_reads_probe'::regclass and tgname = 'data_change_note')""");
        jdbc.update("insert into shared_reads_probe values (1, 'first') on conflict (id) do update set word = 'first'");
        newRequest();
    }


    String word() {
        return shared.get(new Key("probe"), () -> {
            loads.incrementAndGet();
            return jdbc.queryForObject("select word from shared_reads_probe where id = 1", String.class);
        });
    }

    @Test
    void requestsShareAReadUntilAWriteCommits() {
        assertThat(VaadinRequest.getCurrent()).as("a Vaadin request").isNotNull();
        assertThat(word()).isEqualTo("first");
        newRequest();
        assertThat(word()).isEqualTo("first");
        newRequest();
        assertThat(word()).isEqualTo("first");
        assertThat(loads).as("read once for three requests").hasValue(1);

        jdbc.update("update shared_reads_probe set word = 'second' where id = 1");
        newRequest();
        assertThat(word()).as("a commit by plain SQL, which no service saw").isEqualTo("second");
        assertThat(loads).hasValue(2);

        jdbc.update("insert into shared_reads_probe values (2, 'elsewhere')");
        newRequest();
        assertThat(word()).isEqualTo("second");
        assertThat(loads).as("any content commit gives a new version, also one to another row").hasValue(3);
    }

    /** Decision 69: an editor's presence, a rate-limit attempt, an audit row are activity, not content. */
    @Test
    void activityLeavesTheKeptAnswers() {
        assertThat(word()).isEqualTo("first");
        long person = fixtures.personId("Maya Thompson");
        Long recommendation = jdbc.queryForObject("select min(id) from recommendation", Long.class);
        jdbc.update("""
                insert into draft_presence (recommendation_id, person_id, editor, name, seen_at)
                values (?, ?, gen_random_uuid(), 'Maya', now())""", recommendation, person);
        jdbc.update("delete from draft_presence where person_id = ?", person);
        newRequest();
        assertThat(word()).isEqualTo("first");
        assertThat(loads).as("two presence commits: still the kept answer").hasValue(1);
        jdbc.update("update shared_reads_probe set word = 'third' where id = 1");
        newRequest();
        assertThat(word()).as("content after activity: read again").isEqualTo("third");
    }

    @Test
    void aTransactionsOwnChangesAreNeverShared() {
        assertThat(word()).isEqualTo("first");
        newRequest();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update shared_reads_probe set word = 'uncommitted' where id = 1");
            assertThat(word()).as("its own change, read afresh").isEqualTo("uncommitted");
            status.setRollbackOnly();
        });
        assertThat(loads).hasValue(2);
        newRequest();
        assertThat(word()).as("rolled back: the committed word").isEqualTo("first");
        assertThat(loads).as("a rollback leaves the version: the answer kept before it").hasValue(2);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        newRequest();
        String inReadOnly = readOnly.execute(status -> word());
        assertThat(inReadOnly).isEqualTo("first");
        assertThat(loads).as("a read-only transaction shares").hasValue(2);
    }

    /** A person's roles are shared by their requests (decision 67): a removal, here by plain SQL, counts at once. */
    @Test
    void aRemovedRoleCountsAtTheNextRequest() {
        fixtures.signInAs("Maya Thompson");
        try {
            long initiative = fixtures.initiativeId("equity-at-work");
            assertThat(authorization.can(Action.MANAGE_WORKGROUPS, initiative)).as("a coordinator").isTrue();
            newRequest();
            assertThat(authorization.can(Action.MANAGE_WORKGROUPS, initiative)).isTrue();
            jdbc.update("delete from initiative_role where person_id = ? and initiative_id = ? and role = 'COORDINATOR'",
                    fixtures.personId("Maya Thompson"), initiative);
            newRequest();
            assertThat(authorization.can(Action.MANAGE_WORKGROUPS, initiative)).as("no longer a coordinator").isFalse();
        } finally {
            SignIn.out(); // the role back: other tests of this database sign in as her
            jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COORDINATOR')"
                    + " on conflict do nothing", fixtures.initiativeId("equity-at-work"),
                    fixtures.personId("Maya Thompson"));
        }
    }

    @Test
    void aReadIsKeptForAMinuteAtMost() {
        assertThat(word()).isEqualTo("first");
        newRequest();
        ConveneClock.replaying(clock.instant().plus(SharedReads.LIFETIME).plusSeconds(1), this::word);
        assertThat(loads).as("expired: read again, though the database is unchanged").hasValue(2);
    }

    @Test
    void outsideAVaadinRequestEveryCallReads() {
        Map<Class<?>, CurrentInstance> saved = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            word();
            word();
        } finally {
            CurrentInstance.restoreInstances(saved);
        }
        assertThat(loads).hasValue(2);
    }

    @Test
    void theRefreshesOfPushPublicationsShareAReadUntilAWriteCommits() {
        Map<Class<?>, CurrentInstance> saved = CurrentInstance.getInstances();
        CurrentInstance.clearAll(); // a push refresh runs in no request
        List<String> seen = new ArrayList<>();
        var registration = channels.onPublish("test:shared-reads", () -> {
            seen.add(word());
            seen.add(word());
        });
        try {
            channels.publish("test:shared-reads");
            channels.publish("test:shared-reads");
            assertThat(loads).as("one read for two publications of the same content").hasValue(1);
            jdbc.update("update shared_reads_probe set word = 'second' where id = 1");
            channels.publish("test:shared-reads");
        } finally {
            registration.remove();
            CurrentInstance.restoreInstances(saved);
        }
        assertThat(seen).containsExactly("first", "first", "first", "first", "second", "second");
        assertThat(loads).as("read again after the commit").hasValue(2);
    }

    @Test
    void differentKeysAreDifferentReads() {
        shared.get(new Key("a"), () -> loads.incrementAndGet());
        shared.get(new Key("b"), () -> loads.incrementAndGet());
        shared.get(new Key("a"), () -> loads.incrementAndGet());
        assertThat(loads).hasValue(2);
    }

    /** Decision 81: a kept page is given to each caller as a slice of its own, which it may change. */
    @Test
    void aKeptPageIsEachCallersOwn() {
        PageRequest page = PageRequest.of(0, 2);
        Slice<String> first = shared.slice(new Key("page"), page, () -> {
            loads.incrementAndGet();
            return new SliceImpl<>(new ArrayList<>(List.of("a", "b")), page, true);
        });
        Iterator<String> items = first.iterator();
        items.next();
        items.remove();
        newRequest();
        Slice<String> second = shared.slice(new Key("page"), PageRequest.of(0, 2), () -> {
            throw new AssertionError("kept");
        });
        assertThat(second.getContent()).containsExactly("a", "b");
        assertThat(second.hasNext()).isTrue();
        assertThat(loads).hasValue(1);
    }
}
