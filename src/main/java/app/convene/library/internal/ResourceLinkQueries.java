package app.convene.library.internal;

import app.convene.library.LinkKind;
import app.convene.library.LinkTarget;
import app.convene.library.LinkedResource;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only looks at the goals, workgroups, convenings and recommendations a resource may be linked to (their
 * initiative and name; a retired goal counts as gone), and the links themselves. The target modules' tables are
 * only read here, so the library needs none of their services to check that a target is of the same initiative.
 */
@Repository
public class ResourceLinkQueries {

    /** Each kind's (id, initiative, name, sort key) of what is still there to link to. */
    private static final Map<LinkKind, String> TARGETS = Map.of(
            LinkKind.GOAL, "select id, initiative_id, title as name, position as sort_key from strategic_goal where not retired",
            LinkKind.WORKGROUP, "select id, initiative_id, name, 0 as sort_key from workgroup",
            LinkKind.CONVENING, """
                    select id, initiative_id, title as name, -extract(epoch from starts_at) as sort_key from convening""",
            LinkKind.RECOMMENDATION, "select id, initiative_id, title as name, id as sort_key from recommendation");

    private final JdbcClient jdbc;

    ResourceLinkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The initiative the target belongs to; empty when there is no such target (or the goal is retired). */
    public Optional<Long> initiativeOf(LinkKind kind, long targetId) {
        return jdbc.sql("select t.initiative_id from (" + TARGETS.get(kind) + ") t where t.id = ?").param(targetId)
                .query(Long.class).optional();
    }

    public Optional<LinkTarget> target(LinkKind kind, long targetId) {
        return jdbc.sql("select t.id, t.name from (" + TARGETS.get(kind) + ") t where t.id = ?").param(targetId)
                .query((rs, n) -> new LinkTarget(kind, rs.getLong(1), rs.getString(2))).optional();
    }

    /** The initiative's targets of that kind (goals in their order, convenings newest first), at most 500. */
    public List<LinkTarget> targets(LinkKind kind, long initiativeId) {
        return jdbc.sql("select t.id, t.name from (" + TARGETS.get(kind) + """
                ) t where t.initiative_id = ? order by t.sort_key, lower(t.name), t.id limit 500""")
                .param(initiativeId).query((rs, n) -> new LinkTarget(kind, rs.getLong(1), rs.getString(2))).list();
    }

    /** The resource's links (kind and target id): goals, workgroups, convenings, recommendations; names are looked up by the caller. */
    public List<Link> links(long resourceId) {
        return jdbc.sql("""
                select kind, target_id from resource_link where resource_id = ?
                 order by case kind when 'GOAL' then 1 when 'WORKGROUP' then 2 when 'CONVENING' then 3 else 4 end, id""")
                .param(resourceId).query((rs, n) -> new Link(LinkKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }

    /** Links the resource to the target; false when it already was. */
    public boolean link(long resourceId, LinkKind kind, long targetId) {
        return jdbc.sql("""
                insert into resource_link (resource_id, kind, target_id) values (?, ?, ?)
                on conflict (resource_id, kind, target_id) do nothing""")
                .params(resourceId, kind.name(), targetId).update() > 0;
    }

    /** Removes the link; false when there was none. */
    public boolean unlink(long resourceId, LinkKind kind, long targetId) {
        return jdbc.sql("delete from resource_link where resource_id = ? and kind = ? and target_id = ?")
                .params(resourceId, kind.name(), targetId).update() > 0;
    }

    /** The initiative's resources linked to the target that the reader may see, by title, at most 50. */
    public List<LinkedResource> linkedTo(LinkKind kind, long targetId, long initiativeId, LibraryQueries.Reader reader) {
        return jdbc.sql("""
                select r.id, r.title, r.kind, r.type from resource r
                  join resource_link l on l.resource_id = r.id and l.kind = ? and l.target_id = ?
                 where r.initiative_id = ? and""" + LibraryQueries.VISIBLE + " order by lower(r.title), r.id limit 50")
                .params(kind.name(), targetId, initiativeId, reader.everything(), reader.member(), reader.committee(),
                        reader.member(), reader.personId())
                .query((rs, n) -> new LinkedResource(rs.getLong(1), rs.getString(2),
                        ResourceKind.valueOf(rs.getString(3)), ResourceType.valueOf(rs.getString(4)))).list();
    }

    /** One stored link: what kind of target and its id. */
    public record Link(LinkKind kind, long targetId) {
    }
}
