package app.convene.workgroups;

/** Joining is not possible now: {@code reason} is an i18n suffix (closed, full, member, pending). */
public class WorkgroupUnavailableException extends RuntimeException {

    private final String reason;

    public WorkgroupUnavailableException(String reason) {
        super("Cannot join: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
