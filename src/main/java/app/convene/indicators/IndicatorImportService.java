package app.convene.indicators;

import app.convene.indicators.internal.Indicator;
import app.convene.indicators.internal.IndicatorRepository;
import app.convene.indicators.internal.IndicatorValue;
import app.convene.indicators.internal.IndicatorValueRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.csv.Csv;
import app.convene.shared.csv.CsvColumns;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 * CSV import of indicator values (coordinators), shaped as the stakeholder import: a preview marks every row new,
 * update (replaces that period's value) or error with its reason and writes nothing; committing writes the good rows
 * in one transaction. A row names its indicator by name (any goal of the initiative), its period end (a date, or a
 * month meaning its last day), the value (a point or a comma as decimal mark, no thousands separators) and a note.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorImportService {

    public static final List<String> COLUMNS = List.of("indicator", "period_end", "value", "note");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("indicator", "indicator"), Map.entry("indicador", "indicator"), Map.entry("name", "indicator"),
            Map.entry("period_end", "period_end"), Map.entry("period end", "period_end"), Map.entry("period", "period_end"),
            Map.entry("fin_periodo", "period_end"), Map.entry("fin del periodo", "period_end"),
            Map.entry("periodo", "period_end"), Map.entry("value", "value"), Map.entry("valor", "value"),
            Map.entry("note", "note"), Map.entry("nota", "note"));
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Authorization authorization;
    private final AuditLog audit;

    IndicatorImportService(IndicatorRepository indicators, IndicatorValueRepository values, Authorization authorization,
                           AuditLog audit) {
        this.indicators = indicators;
        this.values = values;
        this.authorization = authorization;
        this.audit = audit;
    }

    /** Reads an upload, never more than {@link Csv#MAX_BYTES}, and says what importing it would do. */
    public IndicatorImportPreview preview(long initiativeId, InputStream upload) throws IOException {
        authorization.check(Action.MANAGE_INDICATORS, initiativeId);
        return preview(initiativeId, upload.readNBytes(Csv.MAX_BYTES + 1));
    }

    /**
     * Reads the file and says what importing it would do. Writes nothing.
     *
     * @throws ValidationError ({@code csv.error.tooLarge}) when the file is larger than {@link Csv#MAX_BYTES}
     */
    public IndicatorImportPreview preview(long initiativeId, byte[] file) {
        authorization.check(Action.MANAGE_INDICATORS, initiativeId);
        if (file.length > Csv.MAX_BYTES) {
            throw new ValidationError("file", "csv.error.tooLarge");
        }
        List<List<String>> table;
        try {
            table = Csv.read(file);
        } catch (Csv.CsvException e) {
            return new IndicatorImportPreview(List.of(), e.reason(), null);
        }
        CsvColumns columns = new CsvColumns(table.getFirst(), ALIASES);
        Optional<String> missing = columns.missing(List.of("indicator", "period_end", "value"));
        if (missing.isPresent()) {
            return new IndicatorImportPreview(List.of(), "missingColumn", missing.get());
        }
        Map<String, Indicator> byName = new HashMap<>();
        indicators.findAllOf(initiativeId).forEach(i -> byName.put(i.getName().toLowerCase(Locale.ROOT), i));
        Set<String> existing = new HashSet<>();
        values.findOf(byName.values().stream().map(Indicator::getId).toList())
                .forEach(v -> existing.add(v.getIndicatorId() + "|" + v.getPeriodEnd()));
        Set<String> seen = new HashSet<>();
        List<IndicatorImportPreview.Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            String name = columns.value(cells, "indicator");
            String periodText = columns.value(cells, "period_end");
            String valueText = columns.value(cells, "value");
            String note = columns.value(cells, "note");
            Indicator indicator = name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
            LocalDate period = period(periodText);
            BigDecimal number = number(valueText);
            String problem = null;
            if (indicator == null) {
                problem = "indicator";
            } else if (period == null) {
                problem = "period";
            } else if (number == null) {
                problem = "value";
            } else if (note != null && (note.length() > 1000 || note.indexOf('\0') >= 0)) {
                problem = "note";
            } else if (!seen.add(indicator.getId() + "|" + period)) {
                problem = "duplicate";
            }
            IndicatorImportPreview.Status status = problem != null ? IndicatorImportPreview.Status.ERROR
                    : existing.contains(indicator.getId() + "|" + period) ? IndicatorImportPreview.Status.UPDATE
                    : IndicatorImportPreview.Status.NEW;
            rows.add(new IndicatorImportPreview.Row(r + 1, status, name, indicator == null ? null : indicator.getId(),
                    period, number, note, problem));
        }
        return new IndicatorImportPreview(rows, rows.isEmpty() ? "noRows" : null, null);
    }

    /**
     * Writes the new and updated rows of a preview; rows in error are left out. Each row's indicator is looked up
     * again in this initiative (the preview may be stale): a row whose indicator is gone is left out too.
     */
    @Transactional
    public ImportResult commit(long initiativeId, IndicatorImportPreview preview) {
        authorization.check(Action.MANAGE_INDICATORS, initiativeId);
        Map<Long, Indicator> own = new HashMap<>();
        indicators.findAllOf(initiativeId).forEach(i -> own.put(i.getId(), i));
        Map<String, IndicatorValue> existing = new HashMap<>();
        values.findOf(own.keySet()).forEach(v -> existing.put(v.getIndicatorId() + "|" + v.getPeriodEnd(), v));
        int created = 0;
        int updated = 0;
        int leftOut = 0;
        for (IndicatorImportPreview.Row row : preview.rows()) {
            if (row.status() == IndicatorImportPreview.Status.ERROR || !own.containsKey(row.indicatorId())) {
                leftOut++;
                continue;
            }
            IndicatorService.number("value", row.value());
            IndicatorValue value = existing.get(row.indicatorId() + "|" + row.periodEnd());
            if (value == null) {
                value = new IndicatorValue(row.indicatorId());
                created++;
            } else {
                updated++;
            }
            value.write(row.periodEnd(), row.value(), row.note());
            existing.put(row.indicatorId() + "|" + row.periodEnd(), values.save(value));
        }
        values.flush();
        audit.record("indicator.imported", "indicator_value", null, initiativeId, null,
                "new=" + created + ", updated=" + updated + ", rows left out=" + leftOut);
        return new ImportResult(created, updated, leftOut);
    }

    public record ImportResult(int created, int updated, int leftOut) {
    }

    /** A date ({@code 2025-06-30}) or a month ({@code 2025-06}, its last day); null when neither. */
    static LocalDate period(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 7 ? YearMonth.parse(text).atEndOfMonth() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A number with a point or a comma as decimal mark and no thousands separators; null when not. */
    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace(" ", "").replace("\u00a0", "");
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(plain.replace(',', '.'));
        return number.abs().compareTo(IndicatorService.LIMIT) > 0 || number.stripTrailingZeros().scale() > 4 ? null : number;
    }
}
