package app.convene.stakeholders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations per client address: at most {@code convene.registration.limit-per-address}
 * (default 5) in {@link #WINDOW}. In memory, per Convene process; enough to stop a script filling the queue.
 */
@Component
class RegistrationRateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    RegistrationRateLimiter(Clock clock,
                            @org.springframework.beans.factory.annotation.Value("${convene.registration.limit-per-address:5}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Records an attempt; false when the address has used up its allowance. */
    boolean tryAcquire(String clientAddress) {
        String key = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        Instant now = clock.instant();
        if (recent.size() > MAX_TRACKED) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> attempts = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (attempts) {
            while (!attempts.isEmpty() && attempts.peekFirst().isBefore(now.minus(WINDOW))) {
                attempts.pollFirst();
            }
            if (attempts.size() >= limit) {
                return false;
            }
            attempts.addLast(now);
            return true;
        }
    }
}
