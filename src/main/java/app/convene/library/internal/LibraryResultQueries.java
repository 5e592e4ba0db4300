package app.convene.library.internal;

import app.convene.library.ResourceItem;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a page of search results shows besides the hits: the rows, their tags, version numbers, workgroup names. */
@Repository
public class LibraryResultQueries {

    private final JdbcClient jdbc;

    LibraryResultQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of the resources the reader may see now (the index may lag behind a change), by id. */
    public Map<Long, ResourceItem> visible(long initiativeId, LibraryQueries.Reader reader, Collection<Long> ids) {
        Map<Long, ResourceItem> items = new HashMap<>();
        if (ids.isEmpty()) {
            return items;
        }
        jdbc.sql(LibraryQueries.ITEMS + LibraryQueries.VISIBLE + " and r.id = any(?)")
                .params(initiativeId, reader.everything(), reader.member(), reader.committee(), reader.member(),
                        reader.personId(), ids.toArray(Long[]::new))
                .query((rs, n) -> LibraryQueries.item(rs)).list()
                .forEach(item -> items.put(item.id(), item));
        return items;
    }

    /** Each resource's topic names, alphabetically. */
    public Map<Long, List<String>> tagNames(Collection<Long> resourceIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (!resourceIds.isEmpty()) {
            jdbc.sql("""
                    select rt.resource_id, t.name from resource_tag rt join library_tag t on t.id = rt.tag_id
                     where rt.resource_id = any(?) order by t.name""").param(resourceIds.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> names.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        }
        return names;
    }

    /** The number of each version (by version id). */
    public Map<Long, Integer> versionNumbers(Collection<Long> versionIds) {
        Map<Long, Integer> numbers = new HashMap<>();
        if (!versionIds.isEmpty()) {
            jdbc.sql("select id, number from resource_version where id = any(?)").param(versionIds.toArray(Long[]::new))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                    .forEach(e -> numbers.put(e.getKey(), e.getValue()));
        }
        return numbers;
    }

    /** The initiative's workgroups' names by id (as text, the way the index keeps them); workgroup names are public. */
    public Map<String, String> workgroupNames(long initiativeId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from workgroup where initiative_id = ? order by name").param(initiativeId)
                .query((rs, n) -> Map.entry(Long.toString(rs.getLong(1)), rs.getString(2))).list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
