package app.convene.library.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the search index reads from PostgreSQL: the outbox, a resource with its tags and versions. */
@Repository
public class LibraryIndexQueries {

    private final JdbcClient jdbc;

    LibraryIndexQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An outbox row with the transaction that wrote it ({@code tx}, decision 0027). */
    public record OutboxRow(long tx, long id, long resourceId, String op) {
    }

    public record IndexedResource(long id, long initiativeId, Long workgroupId, String title, String description,
                                  String type, String language, String visibility) {
    }

    public record IndexedVersion(long id, String blobKey, String mediaType, String status) {
    }

    /** The random identity of this database (migration 0033): an index built from another one is rebuilt. */
    public String databaseIdentity() {
        return jdbc.sql("select identity::text from library_index_identity").query(String.class).single();
    }

    /** The oldest transaction still running: every transaction before it has committed or rolled back. */
    public long oldestRunningTransaction() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /**
     * The rows after the position in (transaction, id) order, only from transactions older than every one still
     * running: those can gain no more rows, so no row can later appear before the position (decision 0027).
     */
    public List<OutboxRow> outboxAfter(long tx, long id, int limit) {
        return jdbc.sql("""
                select tx::text::bigint, id, resource_id, op from library_outbox
                 where (tx, id) > (?::text::xid8, ?) and tx < pg_snapshot_xmin(pg_current_snapshot())
                 order by tx, id limit ?""")
                .params(Long.toString(tx), id, limit)
                .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).list();
    }

    public List<Long> resourceIds() {
        return jdbc.sql("select id from resource order by id").query(Long.class).list();
    }

    public Optional<IndexedResource> resource(long resourceId) {
        return jdbc.sql("""
                select id, initiative_id, workgroup_id, title, description, type, language, visibility
                  from resource where id = ?""").param(resourceId)
                .query((rs, n) -> new IndexedResource(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional();
    }

    public List<String> tagNames(long resourceId) {
        return jdbc.sql("""
                select t.name from resource_tag rt join library_tag t on t.id = rt.tag_id
                 where rt.resource_id = ? order by t.name""").param(resourceId).query(String.class).list();
    }

    /** The resource's versions, newest first. */
    public List<IndexedVersion> versions(long resourceId) {
        return jdbc.sql("""
                select id, blob_key, media_type, extraction_status from resource_version
                 where resource_id = ? order by number desc""").param(resourceId)
                .query((rs, n) -> new IndexedVersion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    public void extracted(long versionId, String status, String reason) {
        jdbc.sql("update resource_version set extraction_status = ?, extraction_reason = ? where id = ?")
                .params(status, reason, versionId).update();
    }

    /** The initiative's workgroups: all of them ({@code personId} null) or those the person belongs to. */
    public List<Long> workgroups(long initiativeId, Long personId) {
        if (personId == null) {
            return jdbc.sql("select id from workgroup where initiative_id = ?").param(initiativeId)
                    .query(Long.class).list();
        }
        return jdbc.sql("""
                select w.id from workgroup w join workgroup_member m on m.workgroup_id = w.id
                 where w.initiative_id = ? and m.person_id = ?""").params(initiativeId, personId)
                .query(Long.class).list();
    }
}
