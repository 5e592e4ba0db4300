package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A push request that names a session the server no longer knows starts no new one (decision 0060). At sign-in the
 * session id changes; the page left for Keycloak sends Atmosphere's "close" as it unloads, with the old id. When that
 * request was answered after the change, Atmosphere started an empty session and its cookie replaced the signed-in
 * one, so the first page after sign-in found its Vaadin session gone ("Your session ended"). Tomcat treats the old id
 * like any unknown one, so an unknown id stands in for it here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PushSessionHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theLeftPagesCloseWithAnOldSessionIdSetsNoCookie() throws Exception {
        HttpResponse<String> response = push("close", "POST");

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(sessionCookies(response)).isEmpty();
    }

    @Test
    void aLongPollingConnectWithAnOldSessionIdSetsNoCookie() throws Exception {
        HttpResponse<String> response = push("long-polling", "GET");

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(sessionCookies(response)).isEmpty();
        assertThat(response.body()).contains("sessionExpired");
    }

    @Test
    void theLeftPagesUnloadMessageAndHeartbeatWithAnOldSessionIdSetNoCookie() throws Exception {
        for (String type : new String[] {"uidl", "heartbeat"}) {
            HttpResponse<String> response = withUnknownSession("/?v-r=" + type + "&v-uiId=0",
                    "POST", HttpRequest.BodyPublishers.ofString("{\"UNLOAD\":true}"));

            assertThat(response.statusCode()).as(type).isLessThan(500);
            assertThat(sessionCookies(response)).as(type).isEmpty();
        }
    }

    @Test
    void aPageLoadStillStartsASession() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(response)).hasSize(1);
    }

    HttpResponse<String> push(String transport, String method) throws Exception {
        String query = "v-r=push&v-uiId=0&v-pushId=" + UUID.randomUUID() + "&X-Atmosphere-tracking-id="
                + UUID.randomUUID() + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=" + transport
                + "&X-atmo-protocol=true";
        return withUnknownSession("/VAADIN/push?" + query, method, HttpRequest.BodyPublishers.noBody());
    }

    /** A request whose cookie names a session the server does not know (as one replaced at sign-in). */
    HttpResponse<String> withUnknownSession(String path, String method, HttpRequest.BodyPublisher body)
            throws Exception {
        String unknown = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + unknown)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .timeout(Duration.ofSeconds(30)).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }
}
