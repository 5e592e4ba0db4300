package app.convene.convenings;

import app.convene.shared.ValidationError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong check-in codes per person: after {@code convene.attendance.code-attempts} wrong codes within
 * {@code convene.attendance.code-attempts-window} the person is refused (by the field) until the oldest
 * leaves the window. In memory, per Convene process, as the registration limits are.
 */
@Component
class CheckInAttempts {

    private static final int MAX_TRACKED = 50_000;

    private final Map<Long, Deque<Instant>> wrong = new HashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;

    CheckInAttempts(Clock clock, @Value("${convene.attendance.code-attempts:5}") int limit,
                    @Value("${convene.attendance.code-attempts-window:15m}") Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    synchronized void requireAllowed(long personId) {
        Deque<Instant> times = recent(personId);
        if (times.size() >= limit) {
            long minutes = Math.max(1, Duration.between(clock.instant(), times.peekFirst().plus(window)).toMinutes() + 1);
            throw new ValidationError("code", "attendance.error.tooMany", minutes);
        }
    }

    synchronized void failed(long personId) {
        if (wrong.size() > MAX_TRACKED) {
            Instant since = clock.instant().minus(window);
            wrong.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(since));
        }
        recent(personId).addLast(clock.instant());
    }

    private Deque<Instant> recent(long personId) {
        Deque<Instant> times = wrong.computeIfAbsent(personId, p -> new ArrayDeque<>());
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times;
    }
}
