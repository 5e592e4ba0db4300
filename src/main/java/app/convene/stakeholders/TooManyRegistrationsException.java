package app.convene.stakeholders;

import java.time.Duration;

/** Too many registrations lately from this address, for this email, or from this browser; try again later. */
public class TooManyRegistrationsException extends RuntimeException {

    private final String reason;
    private final Duration retryAfter;

    TooManyRegistrationsException(RegistrationRateLimiter.Refusal reason, Duration retryAfter) {
        super("Too many registrations (" + reason + "); try again in " + retryAfter.toSeconds() + " s");
        this.reason = reason.name();
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** {@code ADDRESS}, {@code EMAIL} or {@code CLIENT}: which allowance ran out. */
    public String reason() {
        return reason;
    }

    /** How long until the client may register again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the email's allowance ran out (the message belongs by the email field). */
    public boolean forEmail() {
        return "EMAIL".equals(reason);
    }
}
