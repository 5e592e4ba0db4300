package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real HTTP status codes for a signed-out reader, from the running application: unknown addresses
 * and malformed ids answer 404 with the not-found page, protected pages 403 with the refusal page
 * and its sign-in link (no detour to Keycloak), and the sign-in itself asks Keycloak for the
 * reader's language. Malformed {@code %} escapes answer 400 (not an incident), and sessions travel
 * only in the cookie, never as {@code ;jsessionid=} in an address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownAddressesAndMalformedIdsAnswer404WithTheNotFoundPage() throws Exception {
        for (String path : new String[] {"/nope", "/initiatives", "/workgroups/abc", "/workgroups/99999999999999999999",
                "/initiatives/no-such-coalition"}) {
            HttpResponse<String> response = get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception");
        }
    }

    @Test
    void protectedPageAnswers403WithTheRefusalPageAndASignInLinkInsteadOfARedirect() throws Exception {
        for (String path : new String[] {"/admin/audit", "/initiatives/equity-at-work/roles", "/my/workgroups"}) {
            HttpResponse<String> response = get(path, "en");
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(response.body()).as(path).contains("Not available to you", "Sign in to see this page",
                    "/oauth2/authorization/keycloak");
        }
    }

    @Test
    void signInAsksKeycloakForTheReadersLanguageWithPkce() throws Exception {
        HttpResponse<String> spanish = get("/oauth2/authorization/keycloak", "es-ES,es;q=0.9");
        assertThat(spanish.statusCode()).isEqualTo(302);
        assertThat(spanish.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("http://localhost:8180/realms/convene/protocol/openid-connect/auth?")
                .contains("ui_locales=es", "code_challenge=", "code_challenge_method=S256", "state=", "nonce="));

        HttpResponse<String> english = get("/oauth2/authorization/keycloak", "fr-FR,fr;q=0.9");
        assertThat(english.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("ui_locales=en", "code_challenge="));
    }

    @Autowired
    ServletContext servletContext;

    /** The status line's code for a request target sent as is (HttpClient refuses malformed escapes itself). */
    int rawStatus(String target) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void aVaadinInitRequestWithMalformedEscapesAnswers400() throws Exception {
        for (String target : new String[] {"/?v-r=init&location=%zz&query=", "/?v-r=init&location=abc%E&query=",
                "/?v-r=init&location=&query=a%00b", "/join/x?y=%"}) {
            assertThat(rawStatus(target)).as(target).isEqualTo(400);
        }
        assertThat(rawStatus("/?v-r=init&location=&query=a%20b")).isEqualTo(200);
    }

    @Test
    void sessionsAreTrackedByCookieOnlyNeverInTheAddress() {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }
}
