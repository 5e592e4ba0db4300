package app.convene.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What importing indicator values would do, row by row, before anything is written.
 *
 * @param fileProblem when the file as a whole cannot be used: an i18n key suffix ({@code csv.error.*}), else null
 */
public record IndicatorImportPreview(List<Row> rows, String fileProblem, String fileProblemDetail) {

    /** {@code UPDATE}: the indicator already has a value for that period, which the row replaces. */
    public enum Status { NEW, UPDATE, ERROR }

    /**
     * One data row ({@code line}: its line in the file, the header being line 1); {@code problem} is an i18n key
     * suffix ({@code indicatorImport.problem.*}) when in error.
     */
    public record Row(int line, Status status, String indicator, Long indicatorId, LocalDate periodEnd,
                      BigDecimal value, String note, String problem) {
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean usable() {
        return fileProblem == null && (count(Status.NEW) + count(Status.UPDATE)) > 0;
    }
}
