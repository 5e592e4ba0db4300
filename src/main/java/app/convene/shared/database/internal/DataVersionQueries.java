package app.convene.shared.database.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's content version (migration 0054, decision 0069): how many transactions that changed content have
 * committed, as a statement started now sees them. Every such transaction added one row to {@code data_change} (a
 * statement trigger on every table but the activity tables); rows folded into {@code data_change_base.pruned} still
 * count.
 */
@Component
public class DataVersionQueries {

    private final JdbcClient jdbc;

    DataVersionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version now. Two equal answers see the same committed content: a later snapshot sees every transaction an
     * earlier one saw, so the count grows with each content commit and with nothing else.
     */
    public long current() {
        return jdbc.sql("select (select pruned from data_change_base) + (select count(*) from data_change)")
                .query(Long.class).single();
    }

    /** Folds the rows this transaction sees into the base, in one statement: the version stays the same. */
    public int fold() {
        return jdbc.sql("""
                with gone as (delete from data_change returning id)
                update data_change_base set pruned = pruned + (select count(*) from gone) where id = 1""").update();
    }
}
