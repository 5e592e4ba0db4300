package app.convene.stakeholders;

import java.util.List;

/**
 * What an import would do, row by row, before anything is written.
 *
 * @param fileProblem when the file as a whole cannot be used: an i18n key suffix, else null
 */
public record ImportPreview(List<Row> rows, String fileProblem, String fileProblemDetail) {

    /**
     * What a row does: {@code KEPT} rows match a person who registered through the form or has an
     * account; the import leaves their row as they entered it.
     */
    public enum Status { NEW, UPDATE, KEPT, ERROR }

    /** One data row; {@code problem} is an i18n key suffix ({@code import.problem.*}) when in error. */
    public record Row(int line, Status status, String name, String email, String organization, String title,
                      Sector sector, String county, String region, String languages, boolean directoryConsent,
                      String problem) {
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean usable() {
        return fileProblem == null && (count(Status.NEW) + count(Status.UPDATE)) > 0;
    }
}
