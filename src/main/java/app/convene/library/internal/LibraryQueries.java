package app.convene.library.internal;

import app.convene.library.ExtractionStatus;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceLanguage;
import app.convene.library.ResourceType;
import app.convene.library.ResourceVisibility;
import app.convene.library.VersionItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions, the visible list with each resource's latest version, and the search index's outbox. */
@Repository
public class LibraryQueries {

    private static final String VERSION_COLUMNS = """
            v.id, v.number, v.file_name, v.media_type, v.size, v.note, p.display_name, v.uploaded_at,
            v.extraction_status, v.extraction_reason""";
    /** What the reader may see: five parameters (everything, member, committee, member, person). */
    static final String VISIBLE = """
            (? or r.visibility = 'PUBLIC' or (? and r.visibility = 'MEMBERS') or (? and r.visibility = 'COMMITTEE')
             or (? and r.visibility = 'WORKGROUP' and exists (select 1 from workgroup_member m
                 where m.workgroup_id = r.workgroup_id and m.person_id = ?)))""";

    /** Resources with their latest version, of one initiative (one parameter), followed by more conditions. */
    static final String ITEMS = """
            select r.id, r.initiative_id, r.workgroup_id, r.title, r.description, r.kind, r.url, r.type,
                   r.language, r.visibility, r.created_at,""" + VERSION_COLUMNS + """
             from resource r
            left join lateral (select * from resource_version x where x.resource_id = r.id
                               order by x.number desc limit 1) v on true
            left join person p on p.id = v.uploaded_by
            where r.initiative_id = ? and""";

    private final JdbcClient jdbc;

    LibraryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who reads the list: everything (administrators, coordinators), any member's, the committee's, and the
     * workgroups the person belongs to (person 0: a visitor).
     */
    public record Reader(boolean everything, boolean member, boolean committee, long personId) {

        /**
         * The same reader with the person left out where {@link #VISIBLE} does not ask for them (who sees everything,
         * who is no member and so sees no workgroup's resources): readers who see the same are equal, and share one
         * kept answer (decision 81).
         */
        public Reader alike() {
            return everything || !member ? new Reader(everything, member, committee, 0) : this;
        }
    }

    /** A stored version's file. */
    public record StoredFile(long id, long resourceId, String blobKey, String fileName, String mediaType, long size) {
    }

    /** Holds the resource until the transaction ends, so two uploads number their versions one after the other. */
    public void lockResource(long resourceId) {
        jdbc.sql("select id from resource where id = ? for update").param(resourceId).query(Long.class).optional();
    }

    public long insertVersion(long resourceId, String blobKey, String fileName, String mediaType, long size,
                              String note, Long uploadedBy, Instant at) {
        return jdbc.sql("""
                insert into resource_version (resource_id, number, blob_key, file_name, media_type, size, note,
                                              uploaded_by, uploaded_at)
                values (?, (select coalesce(max(number), 0) + 1 from resource_version where resource_id = ?),
                        ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(resourceId, resourceId, blobKey, fileName, mediaType, size, note, uploadedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Every version of the resource, newest first. */
    public List<VersionItem> versions(long resourceId) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                 from resource_version v left join person p on p.id = v.uploaded_by
                where v.resource_id = ? order by v.number desc""").param(resourceId)
                .query((rs, n) -> version(rs, 1)).list();
    }

    public Optional<StoredFile> file(long versionId) {
        return jdbc.sql("select id, resource_id, blob_key, file_name, media_type, size from resource_version where id = ?")
                .param(versionId).query((rs, n) -> new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6))).optional();
    }

    /** One page of the initiative's resources the reader may see, newest first, each with its latest version. */
    public List<ResourceItem> visible(long initiativeId, Reader reader, int offset, int limit) {
        return jdbc.sql(ITEMS + VISIBLE + " order by r.created_at desc, r.id desc offset ? limit ?")
                .params(initiativeId, reader.everything(), reader.member(), reader.committee(), reader.member(),
                        reader.personId(), offset, limit)
                .query((rs, n) -> item(rs)).list();
    }

    public int countVisible(long initiativeId, Reader reader) {
        return jdbc.sql("select count(*) from resource r where r.initiative_id = ? and " + VISIBLE)
                .params(initiativeId, reader.everything(), reader.member(), reader.committee(), reader.member(),
                        reader.personId())
                .query(Integer.class).single();
    }

    /** Tells the search index (each node, in turn) what changed: op UPSERT or DELETE. */
    public void outbox(long resourceId, Long versionId, String op, Instant at) {
        jdbc.sql("insert into library_outbox (resource_id, version_id, op, created_at) values (?, ?, ?, ?)")
                .params(resourceId, versionId, op, Timestamp.from(at)).update();
    }

    static ResourceItem item(ResultSet rs) throws SQLException {
        VersionItem latest = rs.getObject(12) == null ? null : version(rs, 12);
        return new ResourceItem(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                rs.getString(5), ResourceKind.valueOf(rs.getString(6)), rs.getString(7),
                ResourceType.valueOf(rs.getString(8)), ResourceLanguage.valueOf(rs.getString(9)),
                ResourceVisibility.valueOf(rs.getString(10)), rs.getTimestamp(11).toInstant(), latest);
    }

    private static VersionItem version(ResultSet rs, int from) throws SQLException {
        return new VersionItem(rs.getLong(from), rs.getInt(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                rs.getLong(from + 4), rs.getString(from + 5), rs.getString(from + 6),
                rs.getTimestamp(from + 7).toInstant(), ExtractionStatus.valueOf(rs.getString(from + 8)),
                rs.getString(from + 9));
    }
}
