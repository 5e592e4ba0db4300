package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ratelimit.RateLimits;
import app.convene.shared.ratelimit.RateLimits.Counter;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0047: what a shared rate-limit check costs, in a registration's shape (three keys: an address, an email, a
 * browser session), as its own transaction: lock the keys, drop and count their attempts, record one. The table holds
 * 100,000 attempts of other keys and the address 250 to 800 (a busy room on one Wi-Fi).
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = {"convene.demo.enabled=false", "convene.test.database=rate-limit-benchmark"})
class RateLimitBenchmark {

    @Autowired
    RateLimits limits;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneCheckOfThreeKeysAmongAHundredThousandAttempts() {
        Duration window = Duration.ofMinutes(10);
        jdbc.update("""
                insert into rate_attempt (bucket, key_hash, at, expires_at)
                select 'registration-email', md5(g::text) || md5((g + 1)::text), now() - (g % 600) * interval '1 second',
                       now() + interval '10 minutes' - (g % 600) * interval '1 second'
                from generate_series(1, 100000) g""");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant start = Instant.now();
        for (int i = 0; i < 250; i++) {
            Instant at = start.minusSeconds(250 - i);
            transaction.executeWithoutResult(status -> limits.record(List.of(new Counter("registration-address",
                    "203.0.113.50", window)), at));
        }
        jdbc.execute("analyze rate_attempt");
        AtomicInteger n = new AtomicInteger();

        double millis = Perf.medianMillis(50, 500, () -> transaction.executeWithoutResult(status -> {
            int i = n.incrementAndGet();
            List<Counter> counters = List.of(new Counter("registration-address", "203.0.113.50", window),
                    new Counter("registration-email", "bench" + i + "@example.org", window),
                    new Counter("registration-client", "session-" + i, window));
            Instant now = Instant.now();
            limits.lockAndCount(counters, now);
            limits.record(counters, now);
        }));
        Perf.report("rate_limit_check", millis, "ms");

        int address = transaction.execute(status -> limits.lockAndCount(List.of(new Counter("registration-address",
                "203.0.113.50", window)), Instant.now()).getFirst().count());
        assertThat(address).as("250 before, one more per check (50 warm-ups, 500 runs)").isEqualTo(800);
    }
}
