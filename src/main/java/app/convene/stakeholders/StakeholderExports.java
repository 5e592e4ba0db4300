package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.csv.Csv;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV exports for coordinators, streamed from the database: the directory (approved, consented)
 * and the registrations in one state. The columns match the import, so a file can go back in.
 * Demographics are never exported.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderExports {

    private static final String SELECT = """
            select r.name, r.email, case when p.name is null then coalesce(o.name, r.proposed_organization)
                   else p.name || ' — ' || o.name end as organization,
                   r.title, r.sector, r.county, r.region, r.languages, r.directory_consent, r.status, r.created_at
            from registration r left join organization o on o.id = r.organization_id
                 left join organization p on p.id = o.parent_id
            where r.initiative_id = ?""";

    private final JdbcTemplate jdbc;
    private final Authorization authorization;

    StakeholderExports(JdbcTemplate jdbc, Authorization authorization) {
        this.jdbc = jdbc;
        this.authorization = authorization;
    }

    public void directory(long initiativeId, OutputStream out) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        write(out, SELECT + " and r.status = 'APPROVED' and r.directory_consent order by lower(r.name), r.id",
                initiativeId, false);
    }

    public void registrations(long initiativeId, RegistrationStatus status, OutputStream out) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        write(out, SELECT + " and r.status = ? order by r.created_at, r.id", initiativeId, true, status.name());
    }

    private void write(OutputStream out, String sql, long initiativeId, boolean withStatus, Object... more) {
        Csv.CsvWriter csv = Csv.writer(out);
        List<String> header = new ArrayList<>(StakeholderImportService.COLUMNS);
        if (withStatus) {
            header.addAll(List.of("status", "submitted"));
        }
        csv.row(header);
        Object[] args = new Object[more.length + 1];
        args[0] = initiativeId;
        System.arraycopy(more, 0, args, 1, more.length);
        jdbc.query(sql, rs -> {
            List<String> row = new ArrayList<>(List.of(text(rs.getString("name")), text(rs.getString("email")),
                    text(rs.getString("organization")), text(rs.getString("title")), text(rs.getString("sector")),
                    text(rs.getString("county")), text(rs.getString("region")), text(rs.getString("languages")),
                    rs.getBoolean("directory_consent") ? "yes" : "no"));
            if (withStatus) {
                row.add(rs.getString("status"));
                row.add(rs.getTimestamp("created_at").toInstant().toString());
            }
            csv.row(row);
        }, args);
        csv.close();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
