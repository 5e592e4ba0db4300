package app.convene.workgroups.internal;

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

    public void add(long workgroupId, String actor, String kind, String detail) {
        jdbc.sql("""
                insert into workgroup_activity (workgroup_id, occurred_at, actor_name, kind, detail)
                values (?, ?, ?, ?, ?)""")
                .params(workgroupId, Timestamp.from(clock.instant()), actor, kind,
                        detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .update();
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
