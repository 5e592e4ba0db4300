package app.convene.shared.signals;

import app.convene.shared.signals.internal.SignalListener;
import app.convene.shared.signals.internal.SignalStatements;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signals between the nodes that share one database (decision 0047), through PostgreSQL's {@code LISTEN/NOTIFY}:
 * {@link #send} queues a name in the caller's transaction and every other node receives it once that commits
 * (nothing when it rolls back); without a transaction, at once. A node ignores its own signals (it acts on them
 * locally). One listening thread per node, on a connection of its own, connecting again after a database restart.
 * Off with {@code convene.signals.listen=false}: sending still works, this node just hears nothing.
 */
@Component
public class NodeSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeSignals.class);

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean listen;
    private volatile Consumer<String> receiver = name -> { };
    private volatile Runnable reconnected = () -> { };
    private SignalListener listener;
    private Thread thread;

    NodeSignals(DataSource dataSource, @Value("${convene.signals.listen:true}") boolean listen) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.listen = listen;
    }

    /** Tells the other nodes {@code name} (at the commit of the current transaction, if there is one). */
    public void send(String name) {
        SignalStatements.send(jdbc, node + " " + name);
    }

    /**
     * Who hears the names other nodes send ({@code receiver}, on the listening thread: hand long work on), and what
     * to do after the connection came back ({@code reconnected}: names sent meanwhile were lost).
     */
    public void onSignal(Consumer<String> receiver, Runnable reconnected) {
        this.receiver = receiver;
        this.reconnected = reconnected;
    }

    /** This node's name among the signals (random at each start); its listening connection shows it in pg_stat_activity. */
    public String node() {
        return node;
    }

    /** Whether this node listens now (its connection is up). */
    public boolean listening() {
        SignalListener current = listener;
        return current != null && current.listening();
    }

    private void received(String payload) {
        int space = payload.indexOf(' ');
        if (space > 0 && !payload.substring(0, space).equals(node)) {
            receiver.accept(payload.substring(space + 1));
        }
    }

    @Override
    public synchronized void start() {
        if (!listen || thread != null) {
            return;
        }
        listener = new SignalListener(this::connect, this::received, () -> reconnected.run());
        listener.connectNow();
        thread = Thread.ofPlatform().daemon().name("convene-signals").start(listener);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            listener.stop();
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** A connection of its own, with the pool's address and credentials (never one of the pool's). */
    private Connection connect() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "convene-signals " + node);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(pool.getJdbcUrl(), properties);
        if (connection == null) {
            log.warn("Cross-node signals need PostgreSQL; {} is not its address", pool.getJdbcUrl());
            throw new SQLException("not a PostgreSQL address: " + pool.getJdbcUrl());
        }
        return connection;
    }
}
