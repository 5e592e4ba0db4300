package app.convene.workgroups.internal;

import app.convene.security.Actor;
import app.convene.workgroups.ActivityItem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The feed of a workgroup's recent changes. */
@Component
public class ActivityQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An entry; {@code detail} is about no one in particular (a title, a name of a workgroup). */
    public void add(long workgroupId, Actor actor, String kind, String detail) {
        add(workgroupId, actor.personId(), actor.name(), kind, detail, null);
    }

    /**
     * An entry by {@code actorId} (null for the system) whose detail is a person's name: both are kept
     * with their ids, so that closing either account replaces the name.
     */
    public void add(long workgroupId, Long actorId, String actorName, String kind, String detail, Long detailPersonId) {
        jdbc.sql("""
                insert into workgroup_activity (workgroup_id, occurred_at, actor_id, actor_name, kind, detail,
                    detail_person_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(workgroupId, Timestamp.from(clock.instant()), actorId, actorName, kind,
                        detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail,
                        detailPersonId)
                .update();
    }

    /** Closing an account: the person's name, as actor or as the one an entry is about, becomes the label. */
    public int forget(long personId, String label) {
        return jdbc.sql("""
                update workgroup_activity set
                    actor_name = case when actor_id = :person then :label else actor_name end,
                    detail = case when detail_person_id = :person then :label else detail end
                where actor_id = :person or detail_person_id = :person""")
                .param("person", personId).param("label", label).update();
    }

    public Slice<ActivityItem> recent(long workgroupId, Pageable pageable) {
        List<ActivityItem> rows = jdbc.sql("""
                select occurred_at, actor_name, kind, detail from workgroup_activity where workgroup_id = ?
                order by occurred_at desc, id desc limit ? offset ?""")
                .params(workgroupId, pageable.getPageSize() + 1, pageable.getOffset())
                .query((rs, i) -> new ActivityItem(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
