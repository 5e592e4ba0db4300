package app.convene.recommendations.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has which recommendation open: an editor reports when it opens the draft and whenever a push refreshes it
 * (someone opened, left or saved), and leaves when its page closes. One that vanishes without leaving (a browser
 * that lost its connection) counts as present for {@link #TTL} after its last report: as long as Vaadin keeps a
 * silent page (three missed heartbeats of five minutes; decision 0036). In the database (table
 * {@code draft_presence}, migration 0051), so every node sees the editors of every node (decision 0047).
 * Callers run it inside a writing transaction.
 */
@Component
public class PresenceRegistry {

    public static final Duration TTL = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    PresenceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the person has the recommendation open now; returns the others present, by name. */
    public List<String> touch(long recommendationId, long personId, String name, Instant now) {
        jdbc.sql("""
                insert into draft_presence (recommendation_id, person_id, name, seen_at) values (?, ?, ?, ?)
                on conflict (recommendation_id, person_id) do update set name = excluded.name, seen_at = excluded.seen_at""")
                .params(recommendationId, personId, name, Timestamp.from(now)).update();
        jdbc.sql("delete from draft_presence where recommendation_id = ? and seen_at < ?")
                .params(recommendationId, Timestamp.from(now.minus(TTL))).update();
        return jdbc.sql("""
                select name from draft_presence where recommendation_id = ? and person_id <> ? order by name""")
                .params(recommendationId, personId).query(String.class).list();
    }

    /** Who has the recommendation open (reported within {@link #TTL} of {@code now}), by name. */
    public List<Present> present(long recommendationId, Instant now) {
        return jdbc.sql("""
                select person_id, name, seen_at from draft_presence where recommendation_id = ? and seen_at >= ?
                order by name""")
                .params(recommendationId, Timestamp.from(now.minus(TTL)))
                .query((row, i) -> new Present(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant()))
                .list();
    }

    /** One person with the draft open, and when their editor last reported. */
    public record Present(long personId, String name, Instant seenAt) {
    }

    public void leave(long recommendationId, long personId) {
        jdbc.sql("delete from draft_presence where recommendation_id = ? and person_id = ?")
                .params(recommendationId, personId).update();
    }
}
