package app.convene.library.internal;

import app.convene.security.OwnDataContribution;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The library's part of a person's own data: the resources they added and the file versions they uploaded. */
@Repository
class LibraryOwnData implements OwnDataContribution {

    private final JdbcClient jdbc;

    LibraryOwnData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        List<Map<String, Object>> added = jdbc.sql("""
                select i.name as "initiative", r.title as "title", r.kind as "kind", r.url as "url",
                       r.visibility as "visibility", r.created_at as "addedAt"
                from resource r join initiative i on i.id = r.initiative_id
                where r.created_by = ? order by r.id""").param(personId).query().listOfRows();
        List<Map<String, Object>> uploaded = jdbc.sql("""
                select i.name as "initiative", r.title as "resource", v.number as "version", v.file_name as "file",
                       v.note as "note", v.uploaded_at as "uploadedAt"
                from resource_version v join resource r on r.id = v.resource_id join initiative i on i.id = r.initiative_id
                where v.uploaded_by = ? order by v.id""").param(personId).query().listOfRows();
        return Map.of("libraryResources", added, "libraryVersions", uploaded);
    }
}
