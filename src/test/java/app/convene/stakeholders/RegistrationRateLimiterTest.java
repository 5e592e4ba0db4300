package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.shared.ratelimit.RateLimits;
import app.convene.support.ConveneTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three allowances of the public registration form, on a clock the test moves. Counted in the database (decision
 * 0047): each attempt runs in a transaction of its own, as a registration does; the table starts empty.
 */
@ConveneTest
class RegistrationRateLimiterTest {

    @Autowired
    RateLimits attempts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** The limiter as the registration service calls it: in the registration's transaction. */
    final class Limiter {
        private final RegistrationRateLimiter limiter;

        Limiter(RegistrationLimits limits) {
            limiter = new RegistrationRateLimiter(clock, limits, attempts);
        }

        void acquire(String clientAddress, String clientId, String emailKey) {
            new TransactionTemplate(transactions).executeWithoutResult(
                    status -> limiter.acquire(clientAddress, clientId, emailKey));
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-04T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final MovableClock clock = new MovableClock();
    Limiter limiter;

    @BeforeEach
    void emptyTable() {
        jdbc.update("delete from rate_attempt");
        limiter = new Limiter(new RegistrationLimits(null, null, null, null, null));
    }

    @Test
    void aRoomOf150PeopleOnOneVenueWifiAllRegister() {
        for (int person = 0; person < 150; person++) {
            String session = "session-" + person;
            String email = "person" + person + "@example.org";
            assertThatCode(() -> limiter.acquire("203.0.113.7", session, email)).doesNotThrowAnyException();
            clock.advance(Duration.ofSeconds(2));
        }
    }

    @Test
    void oneBrowserWaitsLongerAndLongerAfterAFewRegistrations() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("198.51.100.1", "script", "a" + i + "@example.org");
        }
        assertThatThrownBy(() -> limiter.acquire("198.51.100.1", "script", "a3@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class, e -> {
                    assertThat(e.reason()).isEqualTo("CLIENT");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
        clock.advance(Duration.ofSeconds(30));
        limiter.acquire("198.51.100.1", "script", "a3@example.org");
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> limiter.acquire("198.51.100.1", "script", "a4@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        limiter.acquire("198.51.100.1", "script", "a4@example.org");
        assertThatThrownBy(() -> limiter.acquire("198.51.100.1", "script", "a5@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
        // Someone else behind the same address is not held up by the script.
        assertThatCode(() -> limiter.acquire("198.51.100.1", "neighbour", "n@example.org")).doesNotThrowAnyException();
    }

    @Test
    void oneEmailIsRefusedAfterFiveRegistrationsInTheWindowWhicheverBrowserSendsIt() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("192.0.2." + i, "s" + i, "same@example.org");
        }
        assertThatThrownBy(() -> limiter.acquire("192.0.2.9", "s9", "same@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class, e -> {
                    assertThat(e.forEmail()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(10));
                });
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThatCode(() -> limiter.acquire("192.0.2.9", "s9", "same@example.org")).doesNotThrowAnyException();
    }

    @Test
    void theAddressCeilingStopsAScriptThatMakesANewSessionEveryTimeAndARefusalUsesNothingUp() {
        Limiter small = new Limiter(new RegistrationLimits(4, null, null, null, null));
        for (int i = 0; i < 4; i++) {
            small.acquire("198.51.100.2", "fresh-" + i, "x" + i + "@example.org");
        }
        for (int i = 0; i < 3; i++) {
            String email = "y" + i + "@example.org";
            assertThatThrownBy(() -> small.acquire("198.51.100.2", "fresh-y", email))
                    .isInstanceOfSatisfying(TooManyRegistrationsException.class, e -> assertThat(e.reason()).isEqualTo("ADDRESS"));
        }
        // The refused attempts recorded nothing: that session and those emails still have their allowance elsewhere.
        assertThatCode(() -> small.acquire("198.51.100.3", "fresh-y", "y0@example.org")).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(11));
        assertThatCode(() -> small.acquire("198.51.100.2", "fresh-z", "z@example.org")).doesNotThrowAnyException();
    }

    @Test
    void anIpv6ClientCountsByItsSlash64SoFreshAddressesFromOneNetworkDoNotEscapeTheCeiling() {
        Limiter small = new Limiter(new RegistrationLimits(3, null, null, null, null));
        for (int i = 1; i <= 3; i++) {
            small.acquire("2001:db8:aa:bb::" + Integer.toHexString(i * 4099), "fresh-" + i, "v6-" + i + "@example.org");
        }
        assertThatThrownBy(() -> small.acquire("2001:db8:aa:bb:ffff:1:2:3", "fresh-4", "v6-4@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class, e -> assertThat(e.reason()).isEqualTo("ADDRESS"));
        // Another /64 (another household) and IPv4 clients are counted apart.
        assertThatCode(() -> small.acquire("2001:db8:aa:cc::1", "fresh-5", "v6-5@example.org")).doesNotThrowAnyException();
        assertThatCode(() -> small.acquire("203.0.113.8", "fresh-6", "v4@example.org")).doesNotThrowAnyException();
        // An IPv4 client written as IPv4-mapped IPv6 is the same client.
        Limiter one = new Limiter(new RegistrationLimits(1, null, null, null, null));
        one.acquire("203.0.113.9", "first", "first@example.org");
        assertThatThrownBy(() -> one.acquire("::ffff:203.0.113.9", "second", "second@example.org"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class, e -> assertThat(e.reason()).isEqualTo("ADDRESS"));
    }
}
