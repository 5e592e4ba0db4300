package app.convene.stakeholders;

/** Someone else decided this registration first; nothing was changed. */
public class AlreadyDecidedException extends RuntimeException {

    private final RegistrationStatus status;

    public AlreadyDecidedException(RegistrationStatus status) {
        super("The registration was already decided: " + status);
        this.status = status;
    }

    public RegistrationStatus status() {
        return status;
    }
}
