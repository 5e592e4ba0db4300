package app.convene.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0047: counted attempts keep no key in clear and go once their window has passed, also for keys nobody
 * checks again (the locked purge job).
 */
@ConveneTest
class RateAttemptPurgeTest {

    @Autowired
    RateLimits limits;
    @Autowired
    RateAttemptPurge purge;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJobDeletesAttemptsPastTheirWindowAndKeepsTheOthersWhoseKeysAreNotStoredInClear() {
        String bucket = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        String address = "203.0.113.77";
        RateLimits.Counter old = new RateLimits.Counter(bucket, address, Duration.ofMinutes(10));
        RateLimits.Counter fresh = new RateLimits.Counter(bucket, "someone@example.org", Duration.ofMinutes(10));
        Instant now = Instant.now();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            limits.record(List.of(old), now.minus(Duration.ofMinutes(11)));
            limits.record(List.of(fresh), now);
        });
        assertThat(jdbc.queryForList("select key_hash from rate_attempt where bucket = ?", String.class, bucket))
                .hasSize(2).allSatisfy(hash -> assertThat(hash).as("an HMAC, not the address or email")
                        .matches("[0-9a-f]{64}"));

        purge.purge();

        assertThat(jdbc.queryForObject("select count(*) from rate_attempt where bucket = ?", Integer.class, bucket))
                .isOne();
        RateLimits.Recent left = new TransactionTemplate(transactions)
                .execute(status -> limits.lockAndCount(List.of(fresh, old), now).getFirst());
        assertThat(left.count()).isOne();
    }
}
