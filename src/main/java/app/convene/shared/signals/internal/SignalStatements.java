package app.convene.shared.signals.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of cross-node signals (decision 0047): PostgreSQL's {@code LISTEN} and {@code pg_notify}. */
public final class SignalStatements {

    /** The one PostgreSQL channel Convene's nodes speak on; the payload names the push channel. */
    public static final String CHANNEL = "convene_push";

    private SignalStatements() {
    }

    /**
     * Queues the payload in the current transaction (the caller's, when there is one): PostgreSQL delivers it to
     * every listening connection when that transaction commits, and never when it rolls back.
     */
    public static void send(JdbcTemplate jdbc, String payload) {
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }

    /** This connection receives the signals sent on the database from now on. */
    public static void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen " + CHANNEL);
        }
    }
}
