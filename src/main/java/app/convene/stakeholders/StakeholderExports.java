package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.csv.Csv;
import app.convene.stakeholders.internal.StakeholderRowQueries.ExportedRow;
import app.convene.stakeholders.internal.StakeholderRowQueries;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    private final StakeholderRowQueries queries;
    private final Authorization authorization;

    StakeholderExports(StakeholderRowQueries queries, Authorization authorization) {
        this.queries = queries;
        this.authorization = authorization;
    }

    public void directory(long initiativeId, OutputStream out) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        write(out, false, each -> queries.directory(initiativeId, each));
    }

    public void registrations(long initiativeId, RegistrationStatus status, OutputStream out) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        write(out, true, each -> queries.registrations(initiativeId, status.name(), each));
    }

    private void write(OutputStream out, boolean withStatus, Consumer<Consumer<ExportedRow>> rows) {
        Csv.CsvWriter csv = Csv.writer(out);
        List<String> header = new ArrayList<>(StakeholderImportService.COLUMNS);
        if (withStatus) {
            header.addAll(List.of("status", "submitted"));
        }
        csv.row(header);
        rows.accept(r -> {
            List<String> row = new ArrayList<>(List.of(text(r.name()), text(r.email()), text(r.organization()),
                    text(r.title()), text(r.sector()), text(r.county()), text(r.region()), text(r.languages()),
                    r.directoryConsent() ? "yes" : "no"));
            if (withStatus) {
                row.add(r.status());
                row.add(r.createdAt().toString());
            }
            csv.row(row);
        });
        csv.close();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
