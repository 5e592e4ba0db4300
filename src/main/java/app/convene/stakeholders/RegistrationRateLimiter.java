package app.convene.stakeholders;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations three ways (see {@link RegistrationLimits}): per network address (an IPv6
 * client by its /64, see {@link #addressKey}) with a
 * ceiling high enough for a room on one Wi-Fi, per email, and per client (browser session) with a wait
 * that doubles after a few registrations, so one script cannot fill the queue nor lock out the people
 * who share its address. In memory, per Convene process. A refused attempt uses up nothing.
 */
@Component
class RegistrationRateLimiter {

    private static final int MAX_TRACKED = 50_000;
    private static final int MAX_DOUBLINGS = 12;

    /** Why an attempt was refused, and when the client may try again. */
    enum Refusal { ADDRESS, EMAIL, CLIENT }

    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private final Clock clock;
    private final RegistrationLimits limits;

    RegistrationRateLimiter(Clock clock, RegistrationLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    RegistrationLimits limits() {
        return limits;
    }

    /** Records an attempt when all three allowances have room; otherwise refuses it, recording nothing. */
    synchronized void acquire(String clientAddress, String clientId, String emailKey) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        if (recent.size() > MAX_TRACKED) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(since));
        }
        Deque<Instant> byAddress = times("a:" + addressKey(clientAddress), since);
        Deque<Instant> byEmail = times("e:" + orUnknown(emailKey), since);
        Deque<Instant> byClient = clientId == null || clientId.isBlank() ? new ArrayDeque<>() : times("c:" + clientId, since);
        if (byAddress.size() >= limits.limitPerAddress()) {
            throw new TooManyRegistrationsException(Refusal.ADDRESS, Duration.between(now, byAddress.peekFirst().plus(limits.window())));
        }
        if (byEmail.size() >= limits.limitPerEmail()) {
            throw new TooManyRegistrationsException(Refusal.EMAIL, Duration.between(now, byEmail.peekFirst().plus(limits.window())));
        }
        int beyondFree = byClient.size() - limits.freePerClient() + 1;
        if (beyondFree > 0) {
            Duration wait = limits.clientDelay().multipliedBy(1L << Math.min(beyondFree - 1, MAX_DOUBLINGS));
            Instant allowedAt = byClient.peekLast().plus(wait);
            if (now.isBefore(allowedAt)) {
                throw new TooManyRegistrationsException(Refusal.CLIENT, Duration.between(now, allowedAt));
            }
        }
        byAddress.addLast(now);
        byEmail.addLast(now);
        byClient.addLast(now);
    }

    private Deque<Instant> times(String key, Instant since) {
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        return times;
    }

    /**
     * The network a client address counts against: an IPv4 address as it is, an IPv6 address by its
     * /64 prefix (one home or phone gets a whole /64, so a script could otherwise take a fresh address
     * for each registration). The address is the client's own once a trusted proxy's forwarding is
     * resolved (see {@code convene.http.trusted-proxies}), so people behind one proxy are counted apart.
     */
    static String addressKey(String clientAddress) {
        String address = orUnknown(clientAddress);
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (IllegalArgumentException | UnknownHostException e) {
            return address;
        }
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}
