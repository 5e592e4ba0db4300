package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.csv.Csv;
import app.convene.shared.csv.CsvColumns;
import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.stakeholders.internal.StakeholderRowQueries.ImportedRow;
import app.convene.stakeholders.internal.StakeholderRowQueries;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of stakeholders (coordinators): a preview marks every row new / update / kept / error
 * with its reason and writes nothing; committing writes the good rows in one transaction. A row whose
 * email is a person's own (registered through the form, or linked to an account) is kept as the
 * person entered it: an import never changes their name, email, consent or other answers. Imported
 * people are approved stakeholders of the initiative, listed as their consent column says; they get
 * a sign-in account when they register through the form. Demographics are never imported: they
 * are only ever self-identified.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderImportService {

    public static final List<String> COLUMNS = List.of("name", "email", "organization", "title", "sector", "county",
            "region", "languages", "directory_consent");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("nombre", "name"), Map.entry("full name", "name"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("correo", "email"),
            Map.entry("organization", "organization"), Map.entry("organisation", "organization"),
            Map.entry("organización", "organization"), Map.entry("organizacion", "organization"),
            Map.entry("title", "title"), Map.entry("cargo", "title"), Map.entry("sector", "sector"),
            Map.entry("county", "county"), Map.entry("condado", "county"), Map.entry("region", "region"),
            Map.entry("región", "region"), Map.entry("languages", "languages"), Map.entry("idiomas", "languages"),
            Map.entry("directory_consent", "directory_consent"), Map.entry("consent", "directory_consent"),
            Map.entry("directorio", "directory_consent"));
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final StakeholderRowQueries queries;
    private final Authorization authorization;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final ConveneI18NProvider i18n;
    private final Clock clock;

    StakeholderImportService(StakeholderRowQueries queries, Authorization authorization, OrganizationService organizations,
                             AuditLog audit, ConveneI18NProvider i18n, Clock clock) {
        this.queries = queries;
        this.authorization = authorization;
        this.organizations = organizations;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Reads an uploaded file, never more than {@link Csv#MAX_BYTES}, and says what importing it would do.
     *
     * @throws ValidationError ({@code csv.error.tooLarge}) when the upload is larger than that
     */
    public ImportPreview preview(long initiativeId, InputStream upload) throws IOException {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        return preview(initiativeId, upload.readNBytes(Csv.MAX_BYTES + 1));
    }

    /**
     * Reads the file and says what importing it would do. Writes nothing.
     *
     * @throws ValidationError ({@code csv.error.tooLarge}) when the file is larger than {@link Csv#MAX_BYTES}
     */
    public ImportPreview preview(long initiativeId, byte[] file) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        if (file.length > Csv.MAX_BYTES) {
            throw new ValidationError("file", "csv.error.tooLarge");
        }
        List<List<String>> table;
        try {
            table = Csv.read(file);
        } catch (Csv.CsvException e) {
            return new ImportPreview(List.of(), e.reason(), null);
        }
        CsvColumns columns = new CsvColumns(table.getFirst(), ALIASES);
        Optional<String> missing = columns.missing(List.of("name", "email", "sector"));
        if (missing.isPresent()) {
            return new ImportPreview(List.of(), "missingColumn", missing.get());
        }
        Map<String, Boolean> existing = queries.emailKeys(initiativeId);
        Map<String, Sector> sectors = sectorNames();
        Set<String> seen = new HashSet<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            String name = columns.value(cells, "name");
            String email = columns.value(cells, "email");
            String organization = columns.value(cells, "organization");
            String title = columns.value(cells, "title");
            String sectorText = columns.value(cells, "sector");
            String county = columns.value(cells, "county");
            String region = columns.value(cells, "region");
            String languages = columns.value(cells, "languages");
            String consentText = columns.value(cells, "directory_consent");
            Sector sector = sectorText == null ? null : sectors.get(sectorText.toLowerCase(Locale.ROOT));
            Boolean consent = consent(consentText);
            String key = NewRegistration.emailKey(email);
            String problem = null;
            if (name == null) {
                problem = "name";
            } else if (email == null || !EMAIL.matcher(email).matches() || email.length() > 320) {
                problem = "email";
            } else if (sector == null) {
                problem = "sector";
            } else if (consent == null) {
                problem = "consent";
            } else if (name.length() > 200 || len(organization) > 300 || len(title) > 200 || len(county) > 120
                    || len(region) > 200 || len(languages) > 300) {
                problem = "tooLong";
            } else if (!seen.add(key)) {
                problem = "duplicate";
            }
            ImportPreview.Status status = problem != null ? ImportPreview.Status.ERROR : status(existing.get(key));
            rows.add(new ImportPreview.Row(r + 1, status, name, email, organization, title, sector, county, region,
                    languages, Boolean.TRUE.equals(consent), problem));
        }
        return new ImportPreview(rows, rows.isEmpty() ? "noRows" : null, null);
    }

    private static ImportPreview.Status status(Boolean selfEntered) {
        return selfEntered == null ? ImportPreview.Status.NEW
                : selfEntered ? ImportPreview.Status.KEPT : ImportPreview.Status.UPDATE;
    }

    /**
     * Writes the new and updated rows of a preview; rows in error are left out. Whether a row is the
     * person's own is decided again now (the preview may be stale): such rows are kept as they are.
     */
    @Transactional
    public ImportResult commit(long initiativeId, ImportPreview preview) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        Map<String, Boolean> existing = queries.emailKeys(initiativeId);
        Map<String, Long> organizationIds = new HashMap<>();
        Instant now = clock.instant();
        List<ImportedRow> inserts = new ArrayList<>();
        List<ImportedRow> updates = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ImportPreview.Row row : preview.rows()) {
            if (row.status() == ImportPreview.Status.ERROR) {
                continue;
            }
            String key = NewRegistration.emailKey(row.email());
            if (!done.add(key) || status(existing.get(key)) == ImportPreview.Status.KEPT) {
                continue;
            }
            Long organizationId = row.organization() == null ? null
                    : organizationIds.computeIfAbsent(row.organization().toLowerCase(Locale.ROOT),
                            k -> organizations.findOrCreate(new NewOrganization(row.organization(), null,
                                    OrganizationType.OTHER, row.sector(), row.county(), row.region())));
            ImportedRow imported = new ImportedRow(key, row.name(), row.email(), organizationId, row.title(),
                    row.sector().name(), row.county(), row.region(), row.languages(), row.directoryConsent());
            (existing.containsKey(key) ? updates : inserts).add(imported);
        }
        inserts.forEach(row -> queries.insertImported(initiativeId, row, now));
        // The update itself skips a row that became a person's own since the line above read it.
        updates.removeIf(row -> !queries.updateImported(initiativeId, row, now));
        int errors = (int) preview.count(ImportPreview.Status.ERROR);
        int kept = done.size() - inserts.size() - updates.size();
        audit.record("registration.imported", "registration", null, initiativeId, null,
                "new=" + inserts.size() + ", updated=" + updates.size() + ", kept as entered=" + kept
                        + ", rows in error left out=" + errors
                        + (updates.isEmpty() ? "" : ", updated emails=" + updates.stream().map(ImportedRow::emailKey).toList()));
        return new ImportResult(inserts.size(), updates.size(), kept, errors);
    }

    /** @param kept rows that are a person's own and were left as they entered them */
    public record ImportResult(int created, int updated, int kept, int leftOut) {
    }

    private Map<String, Sector> sectorNames() {
        Map<String, Sector> names = new HashMap<>();
        for (Sector sector : Sector.values()) {
            names.put(sector.name().toLowerCase(Locale.ROOT), sector);
            names.put(sector.name().toLowerCase(Locale.ROOT).replace('_', ' '), sector);
            for (Locale locale : ConveneI18NProvider.LOCALES) {
                names.put(i18n.getTranslation("sector." + sector.name(), locale).toLowerCase(Locale.ROOT), sector);
            }
        }
        return names;
    }

    private static Boolean consent(String text) {
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "sí", "si", "x" -> true;
            case "no", "n", "false", "0" -> false;
            default -> null;
        };
    }

    private static int len(String value) {
        return value == null ? 0 : value.length();
    }
}
