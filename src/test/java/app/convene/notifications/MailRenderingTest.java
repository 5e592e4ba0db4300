package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.mail.MailRefused;
import app.convene.shared.mail.Mailer;
import app.convene.shared.mail.OutgoingMail;
import app.convene.support.ConveneTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every mail is HTML with a plain-text part, from the template, in the letter's language, signed by the site, with a
 * stable Message-ID; a mail for a person and a kind carries RFC 8058 one-click unsubscribe headers and a visible
 * link in both parts. Parsed from what a real SMTP server (GreenMail) received.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=mail-rendering", "convene.local-mail.enabled=false",
        "spring.mail.host=127.0.0.1"})
class MailRenderingTest {

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
    Mailer mailer;
    @Autowired
    Postman postman;
    @Autowired
    NoticeService notices;
    @Autowired
    PersonService persons;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMailIsHtmlWithAPlainTextPartAndOneClickUnsubscribeHeaders() throws Exception {
        String to = MailDeliveryTest.word() + "@example.org";
        String unsubscribe = "https://convene.example/unsubscribe/T0KEN-abc";
        mailer.deliver(new OutgoingMail(to, Locale.of("es"), "<fixed-1@convene.local>", "Hola & <adiós>",
                "Primera línea <b>no</b> es HTML.\nSegunda línea.\n\nVea https://convene.example/convenings/7.",
                unsubscribe, null, null));

        MimeMessage message = only(to);
        assertThat(message.getHeader("Message-ID", null)).isEqualTo("<fixed-1@convene.local>");
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<" + unsubscribe + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getSubject()).isEqualTo("Hola & <adiós>");
        MailParts parts = MailParts.of(message);
        assertThat(parts.structure()).isEqualTo("multipart/alternative text/plain text/html");
        assertThat(parts.text()).startsWith("Primera línea <b>no</b> es HTML.\nSegunda línea.")
                .contains("\n-- \n").contains("Dejar de recibir estos correos").contains(unsubscribe);
        assertThat(parts.html()).contains("<html lang=\"es\">")
                .contains("<title>Hola &amp; &lt;adiós&gt;</title>")
                .contains("<p style=\"margin:0 0 16px;\">Primera línea &lt;b&gt;no&lt;/b&gt; es HTML.<br>\nSegunda línea.</p>")
                .contains("<a href=\"https://convene.example/convenings/7\"")
                .doesNotContain("convenings/7.\"")
                .contains("<a href=\"" + unsubscribe + "\"").contains("Dejar de recibir correos de este tipo")
                .doesNotContain("{{");
    }

    @Test
    void aMailWithoutPersonAndKindHasNoUnsubscribeHeadersAndACalendarStaysAnAlternative() throws Exception {
        String to = MailDeliveryTest.word() + "@example.org";
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        postman.send(Letter.to(to, Locale.ENGLISH, "Invitation", "See you there.").withCalendar(ics, "REQUEST"));

        MimeMessage message = only(to);
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(message.getHeader("Message-ID", null)).matches("<[0-9a-f-]{36}@[^>]+>");
        String stored = jdbc.queryForObject("select message_id from mail_delivery where recipient = ?", String.class, to);
        assertThat(message.getHeader("Message-ID", null)).isEqualTo(stored);
        MailParts parts = MailParts.of(message);
        assertThat(parts.structure()).isEqualTo("multipart/alternative text/plain text/html text/calendar");
        assertThat(parts.calendar()).contains("METHOD:REQUEST");
        assertThat(parts.html()).contains("<html lang=\"en\">").contains("See you there.").doesNotContain("unsubscribe");
    }

    @Test
    void aNoticeMailedAtOnceLinksToTheThingItselfFromTheSitesAddress() throws Exception {
        String to = MailDeliveryTest.word() + "@example.org";
        long reader = Authorization.runAsSystem(() -> persons.registerKnown("mail-" + UUID.randomUUID(), "Reader", to));
        notices.notify(Notification.of(NoticeKind.JOIN_DECIDED, reader, "notice.joinApproved", "Housing", "")
                .linkTo("workgroups/42"));

        MailParts parts = MailParts.of(only(to));
        assertThat(only(to).getSubject()).isEqualTo("Your request to join Housing was approved.");
        assertThat(parts.text()).startsWith("Your request to join Housing was approved.")
                .containsPattern("Open it in Convene: https?://[^/\\s]+(:\\d+)?/workgroups/42\\n");
        assertThat(parts.html()).containsPattern("<a href=\"https?://[^\"]+/workgroups/42\"");
    }

    @Test
    void anInvalidAddressIsRefusedForGoodAndAMissingServerOnlyForNow() {
        assertThatThrownBy(() -> mailer.deliver(new OutgoingMail("nobody", Locale.ENGLISH, "<x@y>", "S", "T", null,
                null, null))).isInstanceOfSatisfying(MailRefused.class, refused -> assertThat(refused.permanent()).isTrue());
        server.stop();
        try {
            assertThatThrownBy(() -> mailer.deliver(new OutgoingMail("someone@example.org", Locale.ENGLISH, "<x@y>",
                    "S", "T", null, null, null))).isInstanceOfSatisfying(MailRefused.class,
                    refused -> assertThat(refused.permanent()).isFalse());
        } finally {
            server.restart();
        }
    }

    private static MimeMessage only(String to) throws Exception {
        List<MimeMessage> received = server.to(to);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }
}
