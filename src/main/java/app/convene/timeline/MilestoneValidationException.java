package app.convene.timeline;

/** A milestone cannot be saved as written: {@code field} and an i18n {@code reason} ({@code milestone.error.*}). */
public class MilestoneValidationException extends RuntimeException {

    private final String field;
    private final String reason;

    public MilestoneValidationException(String field, String reason) {
        super("Milestone " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
