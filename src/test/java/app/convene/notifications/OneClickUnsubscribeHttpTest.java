package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.internal.NotificationPreferences;
import app.convene.notifications.internal.UnsubscribeLinks;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * RFC 8058 through the real HTTP stack (security filters, no session, no CSRF token): a mail program's POST of
 * {@code List-Unsubscribe=One-Click} turns the kind off; anything else to that address changes nothing, and the
 * same address still opens the unsubscribe page for a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OneClickUnsubscribeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    PersonService persons;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NoticeService notices;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    long person() {
        return Authorization.runAsSystem(() -> persons.registerKnown("one-click-" + UUID.randomUUID(), "One Click", null));
    }

    HttpResponse<String> post(String token, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe/" + token))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMailProgramsOneClickPostTurnsTheKindOffAndNoticesHonourIt() throws Exception {
        long person = person();
        String token = links.token(person, NoticeKind.MINUTES);

        HttpResponse<String> answer = post(token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Minutes ready for review", "turned off");
        assertThat(preferences.deliveryFor(person, NoticeKind.MINUTES)).isEqualTo(Delivery.OFF);
        notices.notify(Notification.of(NoticeKind.MINUTES, person, "my.new"));
        assertThat(jdbc.queryForObject("select count(*) from notice where person_id = ?", Integer.class, person)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = ? and action = ?",
                Integer.class, person, "notifications.unsubscribed")).isEqualTo(1);
    }

    @Test
    void aMultipartOneClickPostWorksToo() throws Exception {
        long person = person();
        String body = "--b\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b--\r\n";

        HttpResponse<String> answer = post(links.token(person, NoticeKind.RSVP), "multipart/form-data; boundary=b", body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(preferences.deliveryFor(person, NoticeKind.RSVP)).isEqualTo(Delivery.OFF);
    }

    @Test
    void aPostWithoutOneClickOrWithAnAlteredTokenChangesNothing() throws Exception {
        long person = person();
        String token = links.token(person, NoticeKind.COMMENT);

        assertThat(post(token, "application/x-www-form-urlencoded", "List-Unsubscribe=Maybe").statusCode()).isEqualTo(400);
        HttpResponse<String> altered = post("x" + token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(altered.statusCode()).isEqualTo(400);
        assertThat(altered.body()).contains("not valid");
        assertThat(preferences.deliveryFor(person, NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
        assertThat(post(token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").statusCode())
                .as("the same token, unaltered").isEqualTo(200);
    }

    @Test
    void aBrowserOpeningTheSameAddressGetsThePageAndNothingChanges() throws Exception {
        long person = person();
        String token = links.token(person, NoticeKind.COMMENT);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/unsubscribe/" + token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Unsubscribe");
        assertThat(preferences.deliveryFor(person, NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
    }
}
