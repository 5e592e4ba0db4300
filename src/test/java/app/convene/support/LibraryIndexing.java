package app.convene.support;

import app.convene.library.internal.LibraryIndexer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings the library's index up to every change committed so far. The indexer applies only outbox rows older than
 * every transaction running on the server (decision 0027), and the test JVM's one PostgreSQL serves every cached
 * context, whose scheduled jobs may hold a transaction open at that moment: this waits (up to 20 s) until no
 * transaction older than the newest outbox row is still running, then catches up.
 */
public final class LibraryIndexing {

    private LibraryIndexing() {
    }

    public static void catchUp(LibraryIndexer indexer, JdbcTemplate jdbc) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Boolean.FALSE.equals(jdbc.queryForObject("select coalesce(max(tx), '0'::xid8)"
                + " < pg_snapshot_xmin(pg_current_snapshot()) from library_outbox", Boolean.class))
                && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        indexer.catchUp();
    }
}
