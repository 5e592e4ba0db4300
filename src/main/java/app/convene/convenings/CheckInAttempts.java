package app.convene.convenings;

import app.convene.shared.ValidationError;
import app.convene.shared.ratelimit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong check-in codes per person: after {@code convene.attendance.code-attempts} wrong codes within
 * {@code convene.attendance.code-attempts-window} the person is refused (by the field) until the oldest
 * leaves the window. Counted in the database, so every node shares the count (decision 0047); both calls run in
 * the check-in's transaction, which holds the person's key locked from {@link #requireAllowed} to its end, so
 * tries on two nodes at once are counted one after the other.
 */
@Component
class CheckInAttempts {

    private static final String BUCKET = "check-in-code";

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final RateLimits attempts;

    CheckInAttempts(Clock clock, @Value("${convene.attendance.code-attempts:5}") int limit,
                    @Value("${convene.attendance.code-attempts-window:15m}") Duration window, RateLimits attempts) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.attempts = attempts;
    }

    void requireAllowed(long personId) {
        Instant now = clock.instant();
        RateLimits.Recent recent = attempts.lockAndCount(counter(personId), now).getFirst();
        if (recent.count() >= limit) {
            long minutes = Math.max(1, Duration.between(now, recent.oldest().plus(window)).toMinutes() + 1);
            throw new ValidationError("code", "attendance.error.tooMany", minutes);
        }
    }

    /** Counts a wrong code; the caller's transaction must commit it (see {@link CheckInCodes.WrongCode}). */
    void failed(long personId) {
        attempts.record(counter(personId), clock.instant());
    }

    private List<RateLimits.Counter> counter(long personId) {
        return List.of(new RateLimits.Counter(BUCKET, Long.toString(personId), window));
    }
}
