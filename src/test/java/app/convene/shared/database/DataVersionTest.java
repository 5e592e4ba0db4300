package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.database.internal.DataVersionQueries;
import app.convene.support.ConveneTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 69: the data version that shared reads are kept under counts content commits: once per transaction, on
 * every table but the activity tables, whatever wrote it, and the fold keeps it as it is.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class DataVersionTest {

    /** Written without changing what any page shows (migration 0054); no shared read may read them. */
    static final Set<String> ACTIVITY = Set.of("data_change", "data_change_base", "draft_presence", "rate_attempt",
            "rate_limit_key", "event_publication", "shedlock", "mail_delivery", "library_outbox", "audit_event",
            "schema_stamp", "databasechangelog", "databasechangeloglock");

    @Autowired
    DataVersionQueries versions;
    @Autowired
    DataVersionFold fold;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** Rows not folded yet. */
    long rows() {
        return jdbc.queryForObject("select count(*) from data_change", Long.class);
    }

    /** A new table's migration calls data_change_track; one that forgets fails here. */
    @Test
    void everyTableButTheActivityTablesCountsItsCommits() {
        List<String> untracked = jdbc.queryForList("""
                select c.relname from pg_class c where c.relkind in ('r', 'p')
                   and c.relnamespace = current_schema()::regnamespace
                   and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'data_change_note')
                 order by 1""", String.class);
        assertThat(untracked).as("tables whose commits leave the version").isNotEmpty()
                .allSatisfy(table -> assertThat(ACTIVITY).as(table + " is activity").contains(table));
        assertThat(untracked).contains("draft_presence", "audit_event");
    }

    @Test
    void aTransactionCountsOnceHoweverManyStatements() {
        long before = versions.current();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update site_settings set id = id");
            jdbc.update("update site_settings set id = id");
            jdbc.update("update person set display_name = display_name where id in (select min(id) from person)");
        });
        assertThat(versions.current()).isEqualTo(before + 1);
        jdbc.update("update site_settings set id = id"); // a plain statement is a transaction of its own
        assertThat(versions.current()).isEqualTo(before + 2);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("update site_settings set id = id");
            status.setRollbackOnly();
        });
        assertThat(versions.current()).as("rolled back: no change").isEqualTo(before + 2);
    }

    @Test
    void activityLeavesTheVersion() {
        long before = versions.current();
        jdbc.update("delete from draft_presence where seen_at < now() - interval '1 day'");
        jdbc.update("insert into audit_event (actor_label, action, subject_type) values ('a test', 'TEST', 'test')");
        assertThat(versions.current()).isEqualTo(before);
    }

    @Test
    void theFoldKeepsTheVersionAndEmptiesTheLog() {
        jdbc.update("update site_settings set id = id");
        long before = versions.current();
        assertThat(rows()).isPositive();
        fold.fold();
        assertThat(rows()).isZero();
        assertThat(versions.current()).isEqualTo(before);
        jdbc.update("update site_settings set id = id");
        assertThat(versions.current()).as("counting on after the fold").isEqualTo(before + 1);
    }
}
