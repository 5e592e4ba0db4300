package app.convene.stakeholders;

import java.util.List;

/**
 * What an import would do, row by row, before anything is written.
 *
 * @param fileProblem when the file as a whole cannot be used: an i18n key suffix, else null
 */
public record ImportPreview(List<Row> rows, String fileProblem, String fileProblemDetail) {

    public enum Status { NEW, UPDATE, ERROR }

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
