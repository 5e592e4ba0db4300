package app.convene.workgroups.internal;

import app.convene.security.OwnDataContribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workgroups' part of a person's own data ({@link OwnDataContribution}): memberships (LEAD
 * where they lead), join requests and the notes they wrote, each naming its initiative.
 */
@Repository
@Transactional(readOnly = true)
public class WorkgroupOwnDataQueries implements OwnDataContribution {

    private static final String WORKGROUP = """
            join workgroup w on w.id = x.workgroup_id join initiative i on i.id = w.initiative_id
            where x.%s = ? order by x.id""";

    private final JdbcClient jdbc;

    WorkgroupOwnDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
        parts.put("workgroups", memberships(personId));
        parts.put("joinRequests", joinRequests(personId));
        parts.put("workgroupNotes", notesWritten(personId));
        return parts;
    }

    /** Memberships, LEAD where the person leads. */
    private List<Map<String, Object>> memberships(long personId) {
        return rows("""
                select i.name as "initiative", w.name as "workgroup", x.role as "role", x.joined_at as "joinedAt"
                from workgroup_member x""", "person_id", personId);
    }

    private List<Map<String, Object>> joinRequests(long personId) {
        return rows("""
                select i.name as "initiative", w.name as "workgroup", x.reason as "reason", x.status as "status",
                       x.decision_note as "decisionNote", x.created_at as "requestedAt", x.decided_at as "decidedAt"
                from join_request x""", "person_id", personId);
    }

    /** Notes the person wrote. */
    private List<Map<String, Object>> notesWritten(long personId) {
        return rows("""
                select i.name as "initiative", w.name as "workgroup", x.kind as "kind", x.title as "title",
                       x.body as "body", x.note_date as "date", x.created_at as "writtenAt"
                from workgroup_note x""", "author_id", personId);
    }

    private List<Map<String, Object>> rows(String select, String personColumn, long personId) {
        return jdbc.sql(select + "\n" + WORKGROUP.formatted(personColumn)).param(personId).query().listOfRows();
    }
}
