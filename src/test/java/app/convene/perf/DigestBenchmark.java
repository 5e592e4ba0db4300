package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.Delivery;
import app.convene.notifications.Digests;
import app.convene.security.Authorization;
import app.convene.shared.ConveneClock;
import app.convene.shared.mail.LocalMailbox;
import app.convene.support.ConveneTest;
import app.convene.support.Mailbox;
import app.convene.support.Perf;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's target: the daily digest for 10,000 people (three notices each over three of five initiatives)
 * goes out in at most 60 s, every mail really handed to the SMTP server (GreenMail).
 */
@Tag("perf")
@ConveneTest
// The production settings: the default digest workers and mail threads, and the production pool size (20) instead
// of the tests' 6.
@TestPropertySource(properties = {"convene.demo.enabled=false", "convene.digest.zone=UTC", "convene.digest.hour=7",
        "convene.embedded-database.pool-size=20"})
class DigestBenchmark {

    static final int PEOPLE = 10_000;
    static final String DOMAIN = "@bench-digest.test";

    @DynamicPropertySource
    static void mailToGreenMail(DynamicPropertyRegistry properties) {
        Mailbox.sendHere(properties);
    }

    @Autowired
    Digests digests;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dailyDigestFor10000People() {
        jdbc.update("""
                insert into initiative (slug, name, region)
                select 'bench-digest-' || g, 'Bench initiative ' || g, 'Region' from generate_series(1, 5) g""");
        jdbc.update("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                select 'http://bench', 'bench-digest-' || g, 'Bench person ' || g, 'person-' || g || ?, false, now()
                from generate_series(1, ?) g""", DOMAIN, PEOPLE);
        jdbc.update("""
                insert into notice (person_id, kind, initiative_id, text, link, created_at, digest)
                select p.id, (array['COMMENT','NEW_RESOURCE','MILESTONE'])[k],
                       (select id from initiative where slug = 'bench-digest-' || (1 + (p.id + k) % 5)),
                       'notice.joinRequested' || chr(31) || 'Someone ' || k || chr(31) || 'Group ' || p.id,
                       'workgroups/' || (p.id * 3 + k), timestamp with time zone '2026-05-04 12:00:00+00', 'DAILY'
                from person p cross join generate_series(1, 3) k where p.email like ?""", "%" + DOMAIN);
        jdbc.execute("analyze");
        int before = LocalMailbox.shared().messages().size();

        long start = System.nanoTime();
        int sent = ConveneClock.replaying(Instant.parse("2026-05-05T07:30:00Z"),
                () -> Authorization.runAsSystem(() -> digests.send(Delivery.DAILY)));
        double prepared = (System.nanoTime() - start) / 1e9;
        app.convene.support.MailThreads.awaitIdle(java.time.Duration.ofMinutes(5)); // the digests are sent by the mail threads after each commit
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(sent).isEqualTo(PEOPLE);
        assertThat(LocalMailbox.shared().messages().stream().skip(before).filter(DigestBenchmark::toBench).count())
                .isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject("select count(*) from notice where digest = 'DAILY' and digest_id is null",
                Long.class)).isZero();
        Perf.report("digest_daily_10000_people_s", seconds, "s");
        // of which: the digests written and committed (the rest is the mail threads handing them to the server)
        Perf.report("digest_daily_10000_people_written_s", prepared, "s");
    }

    static boolean toBench(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString().endsWith(DOMAIN);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
