package app.convene.stakeholders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registrations written and read in bulk, outside JPA: the CSV import's inserts and updates and the
 * CSV exports, streamed from the database.
 */
@Repository
public class StakeholderRowQueries {

    private static final String EXPORT = """
            select r.name, r.email, case when p.name is null then coalesce(o.name, r.proposed_organization)
                   else p.name || ' — ' || o.name end as organization,
                   r.title, r.sector, r.county, r.region, r.languages, r.directory_consent, r.status, r.created_at
            from registration r left join organization o on o.id = r.organization_id
                 left join organization p on p.id = o.parent_id
            where r.initiative_id = ?""";

    /** A row an import may change: imported, still approved as imported, and no account linked to it. */
    private static final String IMPORTED_ONLY = "source = 'IMPORT' and status = 'APPROVED' and person_id is null";

    private final JdbcClient jdbc;

    StakeholderRowQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One imported stakeholder as written (sector by its enum name). */
    public record ImportedRow(String emailKey, String name, String email, Long organizationId, String title,
                              String sector, String county, String region, String languages,
                              boolean directoryConsent) {
    }

    /** One exported registration; organization as shown (office under its parent). */
    public record ExportedRow(String name, String email, String organization, String title, String sector,
                              String county, String region, String languages, boolean directoryConsent,
                              String status, Instant createdAt) {
    }

    /**
     * The email keys already registered in the initiative, each with whether the person entered the
     * row themselves (registered through the form, or it belongs to an account): an import keeps those.
     */
    public Map<String, Boolean> emailKeys(long initiativeId) {
        Map<String, Boolean> keys = new HashMap<>();
        jdbc.sql("select email_key, not (" + IMPORTED_ONLY + ") as self_entered from registration where initiative_id = ?")
                .param(initiativeId).query(rs -> {
                    keys.put(rs.getString("email_key"), rs.getBoolean("self_entered"));
                });
        return keys;
    }

    public void insertImported(long initiativeId, ImportedRow row, Instant now) {
        jdbc.sql("""
                insert into registration (initiative_id, email_key, name, email, organization_id, title, sector, county,
                    region, languages, directory_consent, status, source, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', 'IMPORT', ?, ?)""")
                .params(initiativeId, row.emailKey(), row.name(), row.email(), row.organizationId(), row.title(),
                        row.sector(), row.county(), row.region(), row.languages(), row.directoryConsent(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Updates an imported row; {@code false} (nothing written) when the person's own row has that email. */
    public boolean updateImported(long initiativeId, ImportedRow row, Instant now) {
        return jdbc.sql("""
                update registration set name = ?, email = ?, organization_id = coalesce(?, organization_id), title = ?,
                    sector = ?, county = ?, region = ?, languages = ?, directory_consent = ?, updated_at = ?,
                    version = version + 1
                where initiative_id = ? and email_key = ?""" + " and " + IMPORTED_ONLY)
                .params(row.name(), row.email(), row.organizationId(), row.title(), row.sector(), row.county(),
                        row.region(), row.languages(), row.directoryConsent(), Timestamp.from(now), initiativeId,
                        row.emailKey())
                .update() == 1;
    }

    /** The approved, consented stakeholders, by name. */
    public void directory(long initiativeId, Consumer<ExportedRow> each) {
        export(EXPORT + " and r.status = 'APPROVED' and r.directory_consent order by lower(r.name), r.id", each,
                initiativeId);
    }

    /** The registrations in one state (the status's enum name), oldest first. */
    public void registrations(long initiativeId, String status, Consumer<ExportedRow> each) {
        export(EXPORT + " and r.status = ? order by r.created_at, r.id", each, initiativeId, status);
    }

    private void export(String sql, Consumer<ExportedRow> each, Object... params) {
        jdbc.sql(sql).params(params).query(rs -> {
            each.accept(new ExportedRow(rs.getString("name"), rs.getString("email"), rs.getString("organization"),
                    rs.getString("title"), rs.getString("sector"), rs.getString("county"), rs.getString("region"),
                    rs.getString("languages"), rs.getBoolean("directory_consent"), rs.getString("status"),
                    rs.getTimestamp("created_at").toInstant()));
        });
    }
}
