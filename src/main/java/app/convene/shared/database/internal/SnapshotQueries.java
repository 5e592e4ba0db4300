package app.convene.shared.database.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The database's current MVCC snapshot, as PostgreSQL writes it ({@code xmin:xmax:xip,…}). */
@Component
public class SnapshotQueries {

    private final JdbcClient jdbc;

    SnapshotQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which transactions a statement started now sees as committed. Two equal answers see the same data: every
     * transaction that writes gets an id, and one committed in between would be under the second's {@code xmax}
     * and not in its list of those in progress.
     */
    public String current() {
        return jdbc.sql("select pg_current_snapshot()::text").query(String.class).single();
    }
}
