package app.convene.stakeholders;

import app.convene.shared.ratelimit.RateLimits;
import app.convene.shared.ratelimit.RateLimits.Counter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations three ways (see {@link RegistrationLimits}): per network address (an IPv6
 * client by its /64, see {@link #addressKey}) with a
 * ceiling high enough for a room on one Wi-Fi, per email, and per client (browser session) with a wait
 * that doubles after a few registrations, so one script cannot fill the queue nor lock out the people
 * who share its address. Counted in the database, so every node shares the allowances (decision 0047), in the
 * registration's transaction: the keys stay locked until it ends. A refused attempt uses up nothing.
 */
@Component
class RegistrationRateLimiter {

    private static final int MAX_DOUBLINGS = 12;
    private static final RateLimits.Recent NONE = new RateLimits.Recent(0, null, null);

    /** Why an attempt was refused, and when the client may try again. */
    enum Refusal { ADDRESS, EMAIL, CLIENT }

    private final Clock clock;
    private final RegistrationLimits limits;
    private final RateLimits attempts;

    RegistrationRateLimiter(Clock clock, RegistrationLimits limits, RateLimits attempts) {
        this.clock = clock;
        this.limits = limits;
        this.attempts = attempts;
    }

    RegistrationLimits limits() {
        return limits;
    }

    /**
     * Records an attempt when all three allowances have room; otherwise refuses it, recording nothing. Runs in the
     * caller's transaction (the registration's), which must roll back on a refusal or commit the attempt.
     */
    void acquire(String clientAddress, String clientId, String emailKey) {
        Instant now = clock.instant();
        List<Counter> counters = new ArrayList<>(List.of(
                new Counter("registration-address", addressKey(clientAddress), limits.window()),
                new Counter("registration-email", orUnknown(emailKey), limits.window())));
        boolean client = clientId != null && !clientId.isBlank();
        if (client) {
            counters.add(new Counter("registration-client", clientId, limits.window()));
        }
        List<RateLimits.Recent> recent = attempts.lockAndCount(counters, now);
        RateLimits.Recent byAddress = recent.get(0);
        RateLimits.Recent byEmail = recent.get(1);
        RateLimits.Recent byClient = client ? recent.get(2) : NONE;
        if (byAddress.count() >= limits.limitPerAddress()) {
            throw new TooManyRegistrationsException(Refusal.ADDRESS, Duration.between(now, byAddress.oldest().plus(limits.window())));
        }
        if (byEmail.count() >= limits.limitPerEmail()) {
            throw new TooManyRegistrationsException(Refusal.EMAIL, Duration.between(now, byEmail.oldest().plus(limits.window())));
        }
        int beyondFree = byClient.count() - limits.freePerClient() + 1;
        if (beyondFree > 0) {
            Duration wait = limits.clientDelay().multipliedBy(1L << Math.min(beyondFree - 1, MAX_DOUBLINGS));
            Instant allowedAt = byClient.latest().plus(wait);
            if (now.isBefore(allowedAt)) {
                throw new TooManyRegistrationsException(Refusal.CLIENT, Duration.between(now, allowedAt));
            }
        }
        attempts.record(counters, now);
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
