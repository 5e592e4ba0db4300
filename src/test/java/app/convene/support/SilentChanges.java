package app.convene.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to content that leave the database's data version as it was: no trigger runs in their session
 * ({@code session_replication_role = replica}, for this transaction only). A test makes one to show that an answer
 * is kept ({@code SharedReads}, decisions 67 and 81): a read from the database would see the change, a kept answer
 * does not, until a commit of content moves the version.
 */
public final class SilentChanges {

    private SilentChanges() {
    }

    /** Runs the statement with its arguments in a transaction of its own, unseen by the data version. */
    public static void update(PlatformTransactionManager transactions, JdbcTemplate jdbc, String sql, Object... args) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, args);
        });
    }
}
