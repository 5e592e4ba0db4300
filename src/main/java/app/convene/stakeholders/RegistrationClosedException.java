package app.convene.stakeholders;

/** The initiative's public registration is closed: nothing was stored. */
public class RegistrationClosedException extends RuntimeException {

    public RegistrationClosedException(long initiativeId) {
        super("Public registration is closed in initiative " + initiativeId);
    }
}
