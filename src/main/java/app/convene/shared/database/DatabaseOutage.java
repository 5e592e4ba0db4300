package app.convene.shared.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached" (it restarts, the network dropped, the pool
 * waited in vain for a connection) rather than a fault in Convene: then people are told to try again,
 * not given an incident code. Because every save is one transaction, such a failure saved nothing.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when anything in the cause chain says the database is out of reach. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException
                    || t instanceof ConnectException || (t instanceof SQLException sql && outage(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message key for people: {@code error.databaseBusy} when the database answers but every pooled connection
     * stayed in use while the request waited (overload: the pool's time-out carries no connection failure),
     * {@code error.databaseOutage} when it is out of reach, null for any other failure.
     */
    public static String messageKey(Throwable failure) {
        if (!causes(failure)) {
            return null;
        }
        return poolBusy(failure) ? "error.databaseBusy" : "error.databaseOutage";
    }

    /**
     * HikariCP's "Connection is not available, request timed out" names as its cause the last failure to open a
     * connection when there was one (the database is down), and nothing when all connections were simply in use.
     */
    private static boolean poolBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null && timeout.getNextException() == null;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) or 57P01–57P03 (shutting down, crashed, cannot connect now); or the
     * pool's "Connection is closed", which carries no SQLSTATE: HikariCP swaps a connection it found broken for a
     * closed one, so the rollback after a failed statement fails with it, and Spring then reports that rollback
     * failure instead of the statement's (a rollback that failed committed nothing either).
     */
    private static boolean outage(SQLException failure) {
        String state = failure.getSQLState();
        return state != null ? state.startsWith("08") || state.startsWith("57P0")
                : "Connection is closed".equals(failure.getMessage());
    }
}
