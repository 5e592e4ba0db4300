package app.convene.security.internal;

import app.convene.security.AuditChoice;
import app.convene.security.AuditEntry;
import app.convene.security.AuditFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log as administrators filter it: by initiative, actor, action, kind of record and time, newest
 * first. Each filter has an index ending in the order (changeset 0040). Pages by offset for the list; the
 * export walks the same order by keyset, a batch at a time, so no result is held whole in memory.
 */
@Repository
public class AuditQueries {

    private static final String COLUMNS = """
            select id, occurred_at, actor_label, action, subject_type, subject_id, initiative_id, before_state,
                after_state from audit_event where true""";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the matching lines, newest first. */
    public List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
        return bind(jdbc.sql(COLUMNS + where(filter) + " order by occurred_at desc, id desc limit :limit offset :offset"),
                filter).param("limit", limit).param("offset", offset).query(AuditQueries::entry).list();
    }

    /** Every matching line, newest first, handed over one by one; read in batches of {@code batch} by keyset. */
    public void forEach(AuditFilter filter, int batch, Consumer<AuditEntry> each) {
        Instant at = null;
        long id = 0;
        while (true) {
            JdbcClient.StatementSpec sql = bind(jdbc.sql(COLUMNS + where(filter)
                    + (at == null ? "" : " and (occurred_at, id) < (:at, :id)")
                    + " order by occurred_at desc, id desc limit :limit"), filter).param("limit", batch);
            if (at != null) {
                sql = sql.param("at", Timestamp.from(at)).param("id", id);
            }
            List<AuditEntry> rows = sql.query(AuditQueries::entry).list();
            rows.forEach(each);
            if (rows.size() < batch) {
                return;
            }
            at = rows.getLast().at();
            id = rows.getLast().id();
        }
    }

    /** People whose name or email contains {@code text} (any case; empty: all), closed accounts too, by name. */
    public List<AuditChoice> people(String text, int offset, int limit) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                select id, display_name, email from person
                where lower(display_name) like :like or lower(coalesce(email, '')) like :like
                order by lower(display_name), id limit :limit offset :offset""")
                .param("like", like).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditChoice(rs.getLong(1), label(rs.getString(2), rs.getString(3)))).list();
    }

    public Optional<String> personLabel(long personId) {
        return jdbc.sql("select display_name, email from person where id = ?").param(personId)
                .query((rs, n) -> label(rs.getString(1), rs.getString(2))).optional();
    }

    private static String label(String name, String email) {
        return email == null || email.isBlank() ? name : name + " <" + email + ">";
    }

    /** Only the filters given, so that the planner picks the index of the one that narrows (no "or is null"). */
    private static String where(AuditFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.initiativeId() != null) {
            where.append(" and initiative_id = :initiative");
        }
        if (filter.actorId() != null) {
            where.append(" and actor_id = :actor");
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
        }
        if (filter.subjectType() != null) {
            where.append(" and subject_type = :type");
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
        }
        if (filter.until() != null) {
            where.append(" and occurred_at < :until");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter filter) {
        JdbcClient.StatementSpec bound = sql;
        if (filter.initiativeId() != null) {
            bound = bound.param("initiative", filter.initiativeId());
        }
        if (filter.actorId() != null) {
            bound = bound.param("actor", filter.actorId());
        }
        if (filter.action() != null) {
            bound = bound.param("action", filter.action());
        }
        if (filter.subjectType() != null) {
            bound = bound.param("type", filter.subjectType());
        }
        if (filter.from() != null) {
            bound = bound.param("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            bound = bound.param("until", Timestamp.from(filter.until()));
        }
        return bound;
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8), rs.getString(9));
    }
}
