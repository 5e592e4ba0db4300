package app.convene.stakeholders;

/** The client address has sent too many registrations recently. */
public class TooManyRegistrationsException extends RuntimeException {

    public TooManyRegistrationsException() {
        super("Too many registrations from this address; try again later");
    }
}
