package app.convene.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The in-app notices Convene left, as stored: who got which kind, for which initiative, with which link.
 * A test notes {@link #last()} before the change and reads {@link #since(long)} after it.
 */
@Component
public final class LeftNotices {

    private final JdbcClient jdbc;

    public LeftNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored notice; {@code key} is its message key, {@code text} the key with its parameters. */
    public record Row(long personId, String kind, Long initiativeId, String key, String text, String link) {
    }

    /** The id of the newest notice (0 when there is none). */
    public long last() {
        return jdbc.sql("select coalesce(max(id), 0) from notice").query(Long.class).single();
    }

    /** The notices left after the one with id {@code after}, oldest first. */
    public List<Row> since(long after) {
        return jdbc.sql("""
                select person_id, kind, initiative_id, split_part(text, chr(31), 1) as key, text, link
                from notice where id > ? order by id""").param(after)
                .query((rs, n) -> new Row(rs.getLong("person_id"), rs.getString("kind"),
                        (Long) rs.getObject("initiative_id"), rs.getString("key"), rs.getString("text"),
                        rs.getString("link"))).list();
    }

    /** The people among {@link #since(long)} who got a notice with the message key. */
    public List<Long> receivers(long after, String key) {
        return since(after).stream().filter(r -> r.key().equals(key)).map(Row::personId).toList();
    }
}
