package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.ConveneApplication;
import app.convene.notifications.internal.MailRetries;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import app.convene.support.MailThreads;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17, "nothing lost" (decision 0033): mail is written with the change, sent after the commit, retried with
 * backoff while the mail server is away, sent after a restart, exactly once, and a mail the server never takes is
 * parked for administrators without holding back the others. GreenMail is the real SMTP server; Convene talks to
 * it through Spring Boot's mail settings (not the demo's local mailbox).
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=mail-delivery", "convene.local-mail.enabled=false",
        "spring.mail.host=127.0.0.1"})
class MailDeliveryTest {

    static MailServer server;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        server = MailServer.start();
        registry.add("spring.mail.port", server::port);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Autowired
    Postman postman;
    @TempDir
    Path searchFolders;
    @Autowired
    NoticeService notices;
    @Autowired
    PersonService persons;
    @Autowired
    MailRetries retries;
    @Autowired
    MailAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void serverUp() {
        server.restart();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void fiftyChangesMadeWhileTheMailServerIsDownAreEachMailedExactlyOnceAfterARestart() throws Exception {
        String marker = word();
        long reader = person(marker + "@example.org");
        server.stop();
        try (ConfigurableApplicationContext running = node()) {
            NoticeService noticesThere = running.getBean(NoticeService.class);
            // 50 changes, each in its own transaction, each leaving a notice that is mailed at once
            IntStream.rangeClosed(1, 50).forEach(i -> noticesThere.notify(
                    Notification.of(NoticeKind.JOIN_DECIDED, reader, "notice.joinApproved", marker + "-group-" + i, "")
                            .linkTo("my/workgroups")));
            assertThat(pending(marker)).isEqualTo(50);
            assertThat(jdbc.queryForObject("select min(attempts) from mail_delivery where recipient = ?", Integer.class,
                    marker + "@example.org")).isEqualTo(1);
        }
        server.restart();
        try (ConfigurableApplicationContext restarted = node()) {
            // the restart sent what the last run left; more resubmissions (this node, the other) send nothing twice
            restarted.getBean(MailRetries.class).resubmitAfterRestart();
            MailThreads.awaitIdle();
            retries.resubmitAfterRestart();
            MailThreads.awaitIdle();
            ConveneClock.replaying(Instant.now().plus(Duration.ofHours(2)), retries::resubmitDue);
            MailThreads.awaitIdle();
        }
        List<MimeMessage> received = server.to(marker + "@example.org");
        assertThat(received).hasSize(50);
        Set<String> groups = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            String text = MailParts.of(message).text();
            groups.add(text.replaceAll("(?s).*(" + marker + "-group-\\d+).*", "$1"));
            messageIds.add(header(message, "Message-ID"));
        }
        assertThat(groups).hasSize(50);
        assertThat(messageIds).hasSize(50);
        assertThat(pending(marker)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_delivery where recipient = ? and state = 'SENT'",
                Integer.class, marker + "@example.org")).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like '%LetterDue' "
                + "and completion_date is null", Integer.class)).isZero();
    }

    @Test
    void aMailTheServerNeverTakesIsParkedWithItsReasonAndDoesNotHoldBackTheOthers() throws Exception {
        String marker = word();
        postman.send(Letter.to(marker + "-first@example.org", Locale.ENGLISH, "First " + marker, "One."));
        postman.send(Letter.to("not an address " + marker, Locale.ENGLISH, "Poison " + marker, "Never."));
        postman.send(Letter.to(marker + "-second@example.org", Locale.ENGLISH, "Second " + marker, "Two."));

        assertThat(server.to(marker + "-first@example.org")).hasSize(1);
        assertThat(server.to(marker + "-second@example.org")).hasSize(1);
        MailThreads.awaitIdle();
        Map<String, Object> poison = jdbc.queryForMap("select message_id, state, last_error, attempts from mail_delivery "
                + "where subject = ?", "Poison " + marker);
        assertThat(poison.get("state")).isEqualTo("PARKED");
        assertThat((String) poison.get("last_error")).startsWith("Invalid address: not an address " + marker);
        String id = (String) poison.get("message_id");

        SignIn.as(Actor.SYSTEM);
        assertThat(administration.parked(PageRequest.of(0, 50)))
                .anySatisfy(parked -> {
                    assertThat(parked.messageId()).isEqualTo(id);
                    assertThat(parked.reason()).contains("Invalid address");
                });
        // the later resubmissions leave a parked mail alone; trying again parks it again (still invalid)
        ConveneClock.replaying(Instant.now().plus(Duration.ofHours(2)), retries::resubmitDue);
        MailThreads.awaitIdle();
        assertThat(jdbc.queryForObject("select attempts from mail_delivery where message_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(administration.retry(id)).isTrue();
        MailThreads.awaitIdle();
        assertThat(jdbc.queryForMap("select state, attempts from mail_delivery where message_id = ?", id))
                .containsEntry("state", "PARKED").containsEntry("attempts", 2);
        assertThat(administration.discard(id)).isTrue();
        assertThat(administration.discard(id)).isFalse();
        assertThat(jdbc.queryForMap("select state, body from mail_delivery where message_id = ?", id))
                .containsEntry("state", "DISCARDED").containsEntry("body", null);
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'mail_delivery' and subject_id = ? order by id",
                String.class, id)).containsExactly("mail.retried", "mail.discarded");
    }

    @Test
    void retriesBackOffUntilTheServerTakesTheMail() throws Exception {
        String marker = word();
        server.stop();
        Instant start = Instant.now();
        postman.send(Letter.to(marker + "@example.org", Locale.ENGLISH, "Patience " + marker, "Later."));
        MailThreads.awaitIdle();
        String id = jdbc.queryForObject("select message_id from mail_delivery where subject = ?", String.class,
                "Patience " + marker);
        Instant first = nextAttempt(id);
        assertThat(Duration.between(start, first)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));

        // not yet due: left alone
        retries.resubmitDue();
        MailThreads.awaitIdle();
        assertThat(attempts(id)).isEqualTo(1);
        // due: tried again, and the wait doubles at each failure
        Instant second = retryAt(first.plusSeconds(1), id, 2);
        assertThat(Duration.between(first.plusSeconds(1), second)).isEqualTo(Duration.ofSeconds(60));
        ConveneClock.replaying(second.minusSeconds(1), retries::resubmitDue);
        MailThreads.awaitIdle();
        assertThat(attempts(id)).isEqualTo(2);
        Instant third = retryAt(second.plusSeconds(1), id, 3);
        assertThat(Duration.between(second.plusSeconds(1), third)).isEqualTo(Duration.ofSeconds(120));

        server.restart();
        ConveneClock.replaying(third.plusSeconds(1), retries::resubmitDue);
        MailThreads.awaitIdle();
        assertThat(server.to(marker + "@example.org")).hasSize(1);
        assertThat(jdbc.queryForObject("select state from mail_delivery where message_id = ?", String.class, id))
                .isEqualTo("SENT");
        ConveneClock.replaying(third.plus(Duration.ofDays(1)), retries::resubmitDue);
        MailThreads.awaitIdle();
        assertThat(server.to(marker + "@example.org")).hasSize(1);
    }

    @Test
    void aDeliveredLetterLeavesNoCompletedPublicationBehind() {
        String marker = word();
        postman.send(Letter.to(marker + "@example.org", Locale.ENGLISH, "Done " + marker, "Delivered."));

        assertThat(server.to(marker + "@example.org")).hasSize(1);
        Map<String, Object> row = jdbc.queryForMap("select message_id, state from mail_delivery where subject = ?",
                "Done " + marker);
        assertThat(row).containsEntry("state", "SENT");
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + row.get("message_id") + "%"))
                .as("its completed publication is deleted (completion-mode delete), not kept forever").isZero();
    }

    @Test
    void mailNotYetSentToSomeoneWhoClosesTheirAccountIsDiscardedAndNeverSent() {
        String marker = word();
        String leaving = marker + "-leaving@example.org";
        String staying = marker + "-staying@example.org";
        long leaver = Authorization.runAsSystem(() -> persons.registerKnown("mail-" + UUID.randomUUID(),
                "Lee Leaving", leaving));
        long stayer = person(staying);
        server.stop();
        for (long reader : List.of(leaver, stayer)) {
            notices.notify(Notification.of(NoticeKind.JOIN_DECIDED, reader, "notice.joinApproved", marker + "-group", "")
                    .linkTo("my/workgroups"));
        }
        // a letter to the address alone (as a registrant's or a guest's), in other letter case
        postman.send(Letter.to(leaving.toUpperCase(Locale.ROOT), Locale.ENGLISH, "For Lee Leaving " + marker, "Hello."));
        // and a mail to someone else that names them
        postman.send(Letter.to(staying, Locale.ENGLISH, "About Lee Leaving " + marker, "Lee Leaving (" + leaving
                + ") wrote."));
        MailThreads.awaitIdle();
        List<String> unsent = jdbc.queryForList("select message_id from mail_delivery where lower(recipient) = ? "
                + "and state = 'PENDING'", String.class, leaving);
        assertThat(unsent).as("the outage left both unsent").hasSize(2);

        SignIn.as(new Actor(leaver, "Lee Leaving", false));
        persons.closeMyAccount();
        SignIn.out();
        server.restart();
        ConveneClock.replaying(Instant.now().plus(Duration.ofHours(2)), retries::resubmitDue);
        MailThreads.awaitIdle();

        String label = jdbc.queryForObject("select display_name from person where id = ?", String.class, leaver);
        assertThat(server.to(staying)).as("the retry sends what is still due").hasSize(2)
                .anySatisfy(m -> {
                    assertThat(m.getSubject()).isEqualTo("About " + label + " " + marker);
                    assertThat(MailParts.of(m).text()).startsWith(label + " (" + label + ") wrote.")
                            .doesNotContain("Lee Leaving", leaving);
                });
        assertThat(server.to(leaving)).as("nothing goes to a closed account").isEmpty();
        for (String id : unsent) {
            assertThat(jdbc.queryForMap("select state, body, recipient from mail_delivery where message_id = ?", id))
                    .containsEntry("state", "DISCARDED").containsEntry("body", null).containsEntry("recipient", label);
        }
        assertThat(jdbc.queryForObject("select subject from mail_delivery where message_id in (?, ?) and person_id is null",
                String.class, unsent.get(0), unsent.get(1))).isEqualTo("For " + label + " " + marker);
        assertThat(jdbc.queryForList("select state from mail_delivery where lower(recipient) = ?", String.class, staying))
                .containsExactly("SENT", "SENT");
    }

    private Instant retryAt(Instant when, String id, int expectedAttempts) {
        ConveneClock.replaying(when, retries::resubmitDue);
        MailThreads.awaitIdle();
        assertThat(attempts(id)).isEqualTo(expectedAttempts);
        return nextAttempt(id);
    }

    private int attempts(String id) {
        MailThreads.awaitIdle();
        return jdbc.queryForObject("select attempts from mail_delivery where message_id = ?", Integer.class, id);
    }

    private Instant nextAttempt(String id) {
        MailThreads.awaitIdle();
        return jdbc.queryForObject("select next_attempt_at from mail_delivery where message_id = ?", Timestamp.class, id)
                .toInstant();
    }

    private int pending(String marker) {
        MailThreads.awaitIdle();
        return jdbc.queryForObject("select count(*) from mail_delivery where recipient = ? and state = 'PENDING'",
                Integer.class, marker + "@example.org");
    }

    private long person(String email) {
        return Authorization.runAsSystem(() -> persons.registerKnown("mail-" + UUID.randomUUID(), "Mail Reader", email));
    }

    /** Another Convene on this database and this mail server (a restarted one, or a second node). */
    private ConfigurableApplicationContext node() throws IOException {
        Path search = Files.createTempDirectory(searchFolders, "node-");
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        return new SpringApplicationBuilder(ConveneApplication.class).profiles("test")
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--convene.embedded-database.fresh-database=false",
                        "--convene.embedded-database.database=" + database,
                        "--convene.search.directory=" + search,
                        "--convene.local-mail.enabled=false", "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + server.port());
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String word() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
