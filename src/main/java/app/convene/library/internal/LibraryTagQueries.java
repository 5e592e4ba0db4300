package app.convene.library.internal;

import app.convene.library.LibraryTag;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The initiative's library tags (table library_tag) and which resources carry them (resource_tag). */
@Repository
public class LibraryTagQueries {

    private static final String TAG = "select id, initiative_id, name, tag_group, position from library_tag";

    private final JdbcClient jdbc;

    LibraryTagQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LibraryTag> tags(long initiativeId) {
        return jdbc.sql(TAG + " where initiative_id = ? order by tag_group nulls first, position, lower(name), id")
                .param(initiativeId).query(LibraryTagQueries::tag).list();
    }

    public Optional<LibraryTag> tag(long tagId) {
        return jdbc.sql(TAG + " where id = ?").param(tagId).query(LibraryTagQueries::tag).optional();
    }

    public boolean nameTaken(long initiativeId, String name, long exceptTagId) {
        return jdbc.sql("select count(*) from library_tag where initiative_id = ? and lower(name) = lower(?) and id <> ?")
                .params(initiativeId, name, exceptTagId).query(Integer.class).single() > 0;
    }

    public long insert(long initiativeId, String name, String group) {
        return jdbc.sql("""
                insert into library_tag (initiative_id, name, tag_group, position)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from library_tag where initiative_id = ?))
                returning id""").params(initiativeId, name, group, initiativeId).query(Long.class).single();
    }

    public void rename(long tagId, String name) {
        jdbc.sql("update library_tag set name = ?, version = version + 1 where id = ?").params(name, tagId).update();
    }

    /** Removes the tag; the resources that carried it keep everything else. Returns those resources. */
    public List<Long> delete(long tagId) {
        List<Long> tagged = jdbc.sql("select resource_id from resource_tag where tag_id = ?").param(tagId)
                .query(Long.class).list();
        jdbc.sql("delete from library_tag where id = ?").param(tagId).update();
        return tagged;
    }

    /** Replaces the resource's tags with those of the given ids that belong to its initiative. */
    public void setTags(long resourceId, long initiativeId, Collection<Long> tagIds) {
        jdbc.sql("delete from resource_tag where resource_id = ?").param(resourceId).update();
        if (!tagIds.isEmpty()) {
            jdbc.sql("""
                    insert into resource_tag (resource_id, tag_id)
                    select ?, id from library_tag where initiative_id = ? and id = any(?)""")
                    .params(resourceId, initiativeId, tagIds.toArray(Long[]::new)).update();
        }
    }

    public List<LibraryTag> tagsOf(long resourceId) {
        return jdbc.sql("""
                select t.id, t.initiative_id, t.name, t.tag_group, t.position from library_tag t
                join resource_tag rt on rt.tag_id = t.id where rt.resource_id = ?
                order by t.tag_group nulls first, t.position, t.id""").param(resourceId)
                .query(LibraryTagQueries::tag).list();
    }

    private static LibraryTag tag(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LibraryTag(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }
}
