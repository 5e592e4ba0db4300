package app.convene.convenings;

import static app.convene.convenings.AttendanceServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.stakeholders.Demographics;
import app.convene.stakeholders.NewRegistration;
import app.convene.stakeholders.RegistrationService;
import app.convene.stakeholders.Sector;
import app.convene.stakeholders.TooManyRegistrationsException;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SecondNode;
import app.convene.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, decision 0047: the rate limits are shared by the nodes. Node A (this test's context) and node B (a second
 * context on the same database) count one person's wrong check-in codes (limit 5) and one address's registrations
 * (limit 4 here) together: tries split between the nodes are refused at the same total as on one node, tries at
 * once on both nodes never let more than the limit through, and a key is free again once its window has passed.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=rate-two-nodes", "convene.registration.limit-per-address=4"})
class RateLimitsAcrossNodesTest {

    private static final int CODE_LIMIT = 5;
    private static final int ADDRESS_LIMIT = 4;
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    CheckInCodes codesOnA;
    @Autowired
    RegistrationService registrationsOnA;

    CheckInCodes codesOnB;
    RegistrationService registrationsOnB;
    long convening;
    String wrong;

    @BeforeEach
    void twoNodesAndAConveningWithACode() {
        if (nodeB == null) {
            nodeB = SecondNode.start(dataSource, "--convene.registration.limit-per-address=" + ADDRESS_LIMIT);
        }
        jdbc.update("delete from rate_attempt");
        codesOnB = nodeB.getBean(CheckInCodes.class);
        registrationsOnB = nodeB.getBean(RegistrationService.class);
        Instant starts = Instant.now().minus(10, ChronoUnit.MINUTES);
        convening = jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, ?, ?, 'IN_PERSON', 'PUBLIC') returning id""", Long.class,
                fixtures.initiativeId("equity-at-work"), "Rate limits " + UUID.randomUUID(), Timestamp.from(starts),
                Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
        fixtures.signInAs("Maya Thompson");
        String code = codesOnA.open(convening).code();
        wrong = "222222".equals(code) ? "333333" : "222222";
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void wrongCodesSplitBetweenTheNodesAreRefusedAtTheSameTotalAsOnOne() {
        SignIn.as(RsvpServiceTest.person(jdbc, "Gus Guesser"));
        for (int i = 0; i < CODE_LIMIT; i++) {
            CheckInCodes node = i % 2 == 0 ? codesOnA : codesOnB;
            assertThat(refused(() -> node.enter(convening, wrong)).messageKey()).isEqualTo("attendance.error.codeWrong");
        }
        assertThat(refused(() -> codesOnA.enter(convening, wrong)).messageKey()).isEqualTo("attendance.error.tooMany");
        assertThat(refused(() -> codesOnB.enter(convening, wrong)).messageKey()).isEqualTo("attendance.error.tooMany");
        assertThat(attempts("check-in-code")).as("refused tries are not counted").isEqualTo(CODE_LIMIT);
    }

    @Test
    void registrationsFromOneAddressSplitBetweenTheNodesStopAtTheLimit() {
        String address = "198.51.100." + Math.floorMod(UUID.randomUUID().hashCode(), 250);
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            RegistrationService node = i % 2 == 0 ? registrationsOnA : registrationsOnB;
            node.register(equityAtWork(), answers(), address, "session-" + UUID.randomUUID());
        }
        for (RegistrationService node : List.of(registrationsOnA, registrationsOnB)) {
            assertThatThrownBy(() -> node.register(equityAtWork(), answers(), address, "session-" + UUID.randomUUID()))
                    .isInstanceOfSatisfying(TooManyRegistrationsException.class,
                            e -> assertThat(e.reason()).isEqualTo("ADDRESS"));
        }
    }

    @Test
    void wrongCodesTriedAtOnceOnBothNodesNeverGetPastTheLimit() throws Exception {
        Actor guesser = RsvpServiceTest.person(jdbc, "Quick Guesser");
        int tries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2 * tries)) {
            for (int i = 0; i < 2 * tries; i++) {
                CheckInCodes node = i % 2 == 0 ? codesOnA : codesOnB;
                outcomes.add(threads.submit(() -> {
                    SignIn.as(guesser);
                    start.await();
                    return refused(() -> node.enter(convening, wrong)).messageKey();
                }));
            }
            start.countDown();
            List<String> keys = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                keys.add(outcome.get());
            }
            assertThat(keys).filteredOn("attendance.error.codeWrong"::equals).hasSize(CODE_LIMIT);
            assertThat(keys).filteredOn("attendance.error.tooMany"::equals).hasSize(2 * tries - CODE_LIMIT);
        }
        assertThat(attempts("check-in-code")).isEqualTo(CODE_LIMIT);
    }

    @Test
    void aKeyIsFreeAgainOnceItsWindowHasPassedAndTheOldRowsAreDeleted() {
        SignIn.as(RsvpServiceTest.person(jdbc, "Patient Guesser"));
        for (int i = 0; i < CODE_LIMIT; i++) {
            refused(() -> codesOnA.enter(convening, wrong));
        }
        assertThat(refused(() -> codesOnB.enter(convening, wrong)).messageKey()).isEqualTo("attendance.error.tooMany");
        // The window (15 minutes) passes: the attempts are moved back in time, as a clock would move forward.
        jdbc.update("""
                update rate_attempt set at = at - interval '16 minutes', expires_at = expires_at - interval '16 minutes'
                where bucket = 'check-in-code'""");
        assertThat(refused(() -> codesOnB.enter(convening, wrong)).messageKey()).isEqualTo("attendance.error.codeWrong");
        assertThat(attempts("check-in-code")).as("the key's old attempts went when it was checked").isOne();
    }

    int attempts(String bucket) {
        return jdbc.queryForObject("select count(*) from rate_attempt where bucket = ?", Integer.class, bucket);
    }

    long equityAtWork() {
        return fixtures.initiativeId("equity-at-work");
    }

    static NewRegistration answers() {
        return new NewRegistration("Ana López", "split." + UUID.randomUUID() + "@example.org", null, "Westside Works",
                "Organizer", Sector.WORKER_CENTER, null, "Atlanta", null, null, Set.of(), true, Demographics.NONE);
    }
}
