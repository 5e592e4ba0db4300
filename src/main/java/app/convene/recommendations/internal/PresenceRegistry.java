package app.convene.recommendations.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has which recommendation open: each open editor (a browser tab) reports when it opens the draft and again
 * when a push refreshes it (someone opened, left or saved) and its last report is a minute old, and leaves when its
 * page closes; a person is present while any of their editors is (decision 0072). One that vanishes without leaving (a browser
 * that lost its connection) counts as present for {@link #TTL} after its last report: as long as Vaadin keeps a
 * silent page (three missed heartbeats of five minutes; decision 0036). In the database (table
 * {@code draft_presence}, migrations 0051 and 0055), so every node sees the editors of every node (decision 0047).
 * {@link #touch} and {@link #leave} run inside a writing transaction; {@link #present} reads only.
 */
@Component
public class PresenceRegistry {

    public static final Duration TTL = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    PresenceRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that this editor of the person has the recommendation open now, forgets editors silent for longer than
     * {@link #TTL}, and returns the others present, by name: one statement (decision 0082). Its query sees the table
     * as it was before the statement, so it leaves out the expired rows itself; the person's own rows it leaves out
     * anyway. The clean-up leaves the row the statement reports alone: PostgreSQL does not say in which order the
     * parts of one statement change the same row, and whichever order it takes, this editor's row must end up
     * reported.
     */
    public List<String> touch(long recommendationId, long personId, UUID editor, String name, Instant now) {
        Timestamp expired = Timestamp.from(now.minus(TTL));
        return jdbc.sql("""
                with reported as (
                    insert into draft_presence (recommendation_id, person_id, editor, name, seen_at)
                    values (:recommendation, :person, :editor, :name, :now)
                    on conflict (recommendation_id, person_id, editor)
                    do update set name = excluded.name, seen_at = excluded.seen_at
                    returning 1),
                forgotten as (
                    delete from draft_presence where recommendation_id = :recommendation and seen_at < :expired
                    and not (person_id = :person and editor = :editor)
                    returning 1)
                select name from (select distinct on (person_id) person_id, name from draft_presence
                                  where recommendation_id = :recommendation and person_id <> :person
                                  and seen_at >= :expired) named order by name""")
                .param("recommendation", recommendationId).param("person", personId).param("editor", editor)
                .param("name", name).param("now", Timestamp.from(now)).param("expired", expired)
                .query(String.class).list();
    }

    /** The open editors of the recommendation (reported within {@link #TTL} of {@code now}), by name. */
    public List<Present> present(long recommendationId, Instant now) {
        return jdbc.sql("""
                select person_id, editor, name, seen_at from draft_presence
                where recommendation_id = ? and seen_at >= ? order by name""")
                .params(recommendationId, Timestamp.from(now.minus(TTL)))
                .query((row, i) -> new Present(row.getLong(1), row.getObject(2, UUID.class), row.getString(3),
                        row.getTimestamp(4).toInstant()))
                .list();
    }

    /** One open editor of the draft: whose, and when it last reported. */
    public record Present(long personId, UUID editor, String name, Instant seenAt) {
    }

    /** The editor closed. */
    public void leave(long recommendationId, long personId, UUID editor) {
        jdbc.sql("delete from draft_presence where recommendation_id = ? and person_id = ? and editor = ?")
                .params(recommendationId, personId, editor).update();
    }
}
