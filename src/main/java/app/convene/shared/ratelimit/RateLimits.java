package app.convene.shared.ratelimit;

import app.convene.shared.ratelimit.internal.RateAttemptQueries;
import app.convene.shared.ratelimit.internal.RateAttemptQueries.Counted;
import app.convene.shared.ratelimit.internal.RateAttemptQueries.Key;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempt counts every node shares (decision 0047), for the limits that were counted in each node's memory: one row
 * per counted attempt in {@code rate_attempt}. A limiter calls {@link #lockAndCount} and then, when it lets the
 * attempt through, {@link #record}, both in the caller's transaction: the first takes a transaction-scoped advisory
 * lock on each key, so a second node checking the same key waits until the first's transaction ends and then counts
 * its attempt too; two nodes can never both take the last place. Keys are stored as an HMAC-SHA-256 with the
 * installation's key ({@code convene.rate-limits.secret}, else the one migration 0052 made), never in clear.
 */
@Component
public class RateLimits {

    private static final String HMAC = "HmacSHA256";

    /** What is counted: a key (an address, an email, a person) in a bucket (what for), over a sliding window. */
    public record Counter(String bucket, String key, Duration window) {
    }

    /** A key's attempts within its window: how many, the first and the last ({@code null} when there are none). */
    public record Recent(int count, Instant oldest, Instant latest) {
    }

    private final RateAttemptQueries queries;
    private final String configuredSecret;
    private volatile SecretKeySpec secret;

    RateLimits(RateAttemptQueries queries, @Value("${convene.rate-limits.secret:}") String configuredSecret) {
        this.queries = queries;
        this.configuredSecret = configuredSecret;
    }

    /**
     * Locks the counters' keys until the caller's transaction ends (in a fixed order, so two transactions never wait
     * for each other in a circle), deletes their attempts that left the window and counts the rest as of {@code now};
     * one {@link Recent} per counter, in order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Recent> lockAndCount(List<Counter> counters, Instant now) {
        List<byte[]> hashes = counters.stream().map(this::hash).toList();
        queries.lock(hashes.stream().map(h -> ByteBuffer.wrap(h).getLong()).distinct().sorted().toList());
        Instant at = micros(now);
        List<Key> keys = keys(counters, hashes, c -> at.minus(c.window()));
        return queries.count(keys).stream().map(RateLimits::recent).toList();
    }

    /** Counts one attempt for each counter at {@code now}, in the caller's transaction (after {@link #lockAndCount}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(List<Counter> counters, Instant now) {
        Instant at = micros(now);
        List<byte[]> hashes = counters.stream().map(this::hash).toList();
        queries.insert(keys(counters, hashes, c -> at), at, counters.stream().map(c -> at.plus(c.window())).toList());
    }

    private static List<Key> keys(List<Counter> counters, List<byte[]> hashes,
                                  Function<Counter, Instant> since) {
        return IntStream.range(0, counters.size()).mapToObj(i -> new Key(counters.get(i).bucket(),
                HexFormat.of().formatHex(hashes.get(i)), since.apply(counters.get(i)))).toList();
    }

    private static Recent recent(Counted counted) {
        return new Recent(counted.count(), counted.oldest(), counted.latest());
    }

    /** PostgreSQL keeps microseconds: "now" is cut to them, so what is stored and what is compared agree. */
    private static Instant micros(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    private byte[] hash(Counter counter) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key());
            return mac.doFinal((counter.bucket() + "\n" + counter.key()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = secret;
        if (known == null) {
            String value = configuredSecret != null && !configuredSecret.isBlank() ? configuredSecret.strip()
                    : queries.storedSecret().orElseThrow(() -> new IllegalStateException("No rate_limit_key row (0052)"));
            known = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), HMAC);
            secret = known;
        }
        return known;
    }
}
