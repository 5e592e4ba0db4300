package app.convene.workgroups.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads that would otherwise take a query per row: an initiative's workgroups, people's and workgroups' names. */
@Component
public class WorkgroupQueries {

    private final JdbcClient jdbc;

    WorkgroupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A workgroup as its initiative lists it, with its leads' names and its member count. */
    public record Row(long id, String name, Long goalId, List<String> leads, long members, Integer capacity,
                      boolean closed) {
    }

    /** The initiative's workgroups by name, a page at a time, in one query. */
    public Slice<Row> list(long initiativeId, Pageable pageable) {
        List<Row> rows = jdbc.sql("""
                select w.id, w.name, w.goal_id, w.capacity, w.closed,
                       (select count(*) from workgroup_member m where m.workgroup_id = w.id) as members,
                       array(select p.display_name from workgroup_member m join person p on p.id = m.person_id
                             where m.workgroup_id = w.id and m.role = 'LEAD') as leads
                from workgroup w where w.initiative_id = ?
                order by lower(w.name), w.id limit ? offset ?""")
                .params(initiativeId, pageable.getPageSize() + 1, pageable.getOffset())
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("goal_id", Long.class),
                        sorted(rs.getArray("leads")), rs.getLong("members"),
                        (Integer) rs.getObject("capacity", Integer.class), rs.getBoolean("closed")))
                .list();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** Display names of the people, in one query; people not found are left out. */
    public Map<Long, String> names(Collection<Long> personIds) {
        return byId("select id, display_name from person where id in (:ids)", personIds);
    }

    /**
     * Workgroups' names by id, in one plain query: the phases on an initiative's page ask for them at every visit, and
     * Spring Data's {@code findAllById} built and translated a criteria query each time (decision 66).
     */
    public Map<Long, String> workgroupNames(Collection<Long> workgroupIds) {
        return byId("select id, name from workgroup where id in (:ids)", workgroupIds);
    }

    /** The query's (id, text) rows by id; no query for no ids. */
    private Map<Long, String> byId(String sql, Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query((RowCallbackHandler) rs -> found.put(rs.getLong(1), rs.getString(2)));
        }
        return found;
    }

    private static List<String> sorted(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).sorted().toList();
    }
}
