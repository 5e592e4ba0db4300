package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.internal.MailRetries;
import app.convene.shared.ConveneClock;
import app.convene.support.ConveneTest;
import app.convene.support.MailThreads;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's digest speed (decision 0044): many letters go out in groups, each group one registry publication and
 * one conversation with the mail server, yet each mail is still handled alone — a refusal parks or delays only its
 * own mail, and a server that turns Convene away is asked once per group, every mail then waiting for its retry.
 * The server here answers as a real SMTP server does and refuses on request ({@link ScriptedSmtpServer}).
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=mail-groups", "convene.local-mail.enabled=false",
        "spring.mail.host=127.0.0.1"})
class MailGroupDeliveryTest {

    static ScriptedSmtpServer server;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) throws IOException {
        server = ScriptedSmtpServer.start();
        registry.add("spring.mail.port", server::port);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @AfterEach
    void serverWelcoming() {
        server.busy(false);
    }

    @Autowired
    Postman postman;
    @Autowired
    MailRetries retries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a120LetterRunIsThreeConversationsAndEachLetterArrivesOnce() throws MessagingException {
        String marker = marker();
        int before = server.connections();

        postman.sendAll(letters(marker, 120));
        MailThreads.awaitIdle();

        List<MimeMessage> received = server.received(marker);
        assertThat(received).hasSize(120);
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getHeader("Message-ID")[0]);
        }
        assertThat(ids).as("each letter once, under the Message-ID its row keeps")
                .isEqualTo(new HashSet<>(jdbc.queryForList("select message_id from mail_delivery where subject like ?",
                        String.class, marker + "%")));
        assertThat(server.connections() - before).as("groups of 50: three conversations").isEqualTo(3);
        assertThat(states(marker)).containsExactly(Map.entry("SENT", 120L));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like '%LettersDue' "
                + "and completion_date is null", Integer.class)).isZero();
    }

    @Test
    void aRefusalTouchesOnlyItsOwnMailAndTheRestOfTheGroupGoesOn() {
        String marker = marker();
        postman.sendAll(List.of(letter(marker + "-a@example.org", marker + " a"),
                letter("refuse550-" + marker + "@example.org", marker + " never"),
                letter(marker + "-b@example.org", marker + " b"),
                letter("refuse451-" + marker + "@example.org", marker + " later"),
                letter(marker + "-c@example.org", marker + " c")));
        MailThreads.awaitIdle();

        assertThat(server.received(marker)).hasSize(3);
        Map<String, Object> never = row(marker + " never");
        assertThat(never).containsEntry("state", "PARKED").containsEntry("attempts", 1);
        assertThat((String) never.get("last_error")).contains("550");
        Map<String, Object> later = row(marker + " later");
        assertThat(later).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) later.get("last_error")).contains("451");
        assertThat(((java.sql.Timestamp) later.get("next_attempt_at")).toInstant()).isAfter(Instant.now());
        assertThat(states(marker)).contains(Map.entry("SENT", 3L));
    }

    @Test
    void aServerThatTurnsConveneAwayIsAskedOncePerGroupAndEveryMailGoesOutOnItsRetry() {
        String marker = marker();
        server.busy(true);
        int before = server.connections();

        postman.sendAll(letters(marker, 60));
        MailThreads.awaitIdle();

        assertThat(server.connections() - before).as("one try for each group of 50, not one per mail").isEqualTo(2);
        assertThat(states(marker)).containsExactly(Map.entry("PENDING", 60L));
        assertThat(jdbc.queryForList("select distinct last_error from mail_delivery where subject like ?", String.class,
                marker + "%")).singleElement().asString().contains("421");
        assertThat(jdbc.queryForObject("select min(attempts) from mail_delivery where subject like ?", Integer.class,
                marker + "%")).isEqualTo(1);

        server.busy(false);
        ConveneClock.replaying(Instant.now().plus(Duration.ofHours(2)), retries::resubmitDue);
        MailThreads.awaitIdle();
        ConveneClock.replaying(Instant.now().plus(Duration.ofHours(4)), retries::resubmitDue);
        MailThreads.awaitIdle();

        assertThat(server.received(marker)).hasSize(60);
        assertThat(states(marker)).containsExactly(Map.entry("SENT", 60L));
    }

    private static List<Letter> letters(String marker, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> letter(marker + "-" + i + "@example.org", marker + " letter " + i)).toList();
    }

    private static Letter letter(String to, String subject) {
        return Letter.to(to, Locale.ENGLISH, subject, "Text of " + subject + ".");
    }

    private Map<String, Object> row(String subject) {
        return jdbc.queryForMap("select state, attempts, last_error, next_attempt_at from mail_delivery where subject = ?",
                subject);
    }

    private Map<String, Long> states(String marker) {
        Map<String, Long> states = new java.util.TreeMap<>();
        jdbc.query("select state, count(*) n from mail_delivery where subject like ? group by state",
                rs -> {
                    states.put(rs.getString("state"), rs.getLong("n"));
                }, marker + "%");
        return states;
    }

    private static String marker() {
        return "grp" + UUID.randomUUID().toString().substring(0, 8);
    }
}
