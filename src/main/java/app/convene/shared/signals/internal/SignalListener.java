package app.convene.shared.signals.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's listener (decision 0047): a thread of its own on a connection of its own (not one of the pool's,
 * which would be held forever), waiting for signals and handing each payload on. When the connection breaks
 * (PostgreSQL restarted, the backend was terminated) it connects again, waiting a little longer after each
 * failure (up to {@link #MAX_BACKOFF}), and tells {@code reconnected}: signals sent meanwhile were lost.
 */
public final class SignalListener implements Runnable {

    /** Connects to the database; each call a new connection. */
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(SignalListener.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final int WAIT_MILLIS = 5_000;

    private final Connector connector;
    private final Consumer<String> received;
    private final Runnable reconnected;
    private volatile boolean running = true;
    private volatile Connection current;

    public SignalListener(Connector connector, Consumer<String> received, Runnable reconnected) {
        this.connector = connector;
        this.received = received;
        this.reconnected = reconnected;
    }

    /** Connects and listens now, on the caller's thread; false (and {@link #run()} will retry) when it cannot. */
    public boolean connectNow() {
        try {
            current = connectAndListen();
            return true;
        } catch (SQLException down) {
            log.warn("Cross-node signals wait for the database: {}", down.getMessage());
            return false;
        }
    }

    /** Whether the listening connection is up now. */
    public boolean listening() {
        return current != null;
    }

    @Override
    public void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failedBefore = false;
        while (running) {
            try {
                Connection connection = current != null ? current : connectAndListen();
                if (failedBefore) {
                    log.info("Cross-node signals: listening again");
                    reconnected.run();
                    failedBefore = false;
                }
                backoff = FIRST_BACKOFF;
                receive(connection);
            } catch (SQLException | RuntimeException broken) {
                closeCurrent();
                if (!running) {
                    return;
                }
                if (!failedBefore) {
                    log.warn("Cross-node signals lost their connection ({}); connecting again", broken.getMessage());
                }
                failedBefore = true;
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        closeCurrent();
    }

    private Connection connectAndListen() throws SQLException {
        Connection connection = connector.connect();
        try {
            connection.setAutoCommit(true);
            SignalStatements.listen(connection);
            current = connection;
            return connection;
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
    }

    /** Until the connection breaks or the listener stops; a quiet connection is checked every few seconds. */
    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] signals = postgres.getNotifications(WAIT_MILLIS);
            if (signals == null || signals.length == 0) {
                if (running && !connection.isValid(WAIT_MILLIS / 1000)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                continue;
            }
            for (PGNotification signal : signals) {
                received.accept(signal.getParameter());
            }
        }
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return true;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening: the thread ends within moments (its connection is closed under it). */
    public void stop() {
        running = false;
        closeCurrent();
    }

    private void closeCurrent() {
        Connection connection = current;
        current = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing more to do
            }
        }
    }
}
