package app.convene.shared.mail;

/**
 * The mail server did not take a mail. {@code permanent}: it never will (an invalid address, a 5xx answer), so
 * trying again is pointless; otherwise (no server, a 4xx answer, a timeout) a later attempt may succeed.
 * Without a stack trace: the reason is the whole story, and retries log it often.
 */
public class MailRefused extends RuntimeException {

    private final boolean permanent;

    public MailRefused(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
