package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP hardening of docs/decisions/0013-http-hardening.md on the running server, over real
 * sockets: the trusted proxy is 127.0.0.1, and 127.0.0.2 (also loopback, so always reachable) plays a
 * client that is not a proxy. The probe answers the client address exactly as the registration form
 * hands it to the rate limiter ({@code request.getRemoteAddr()} of the servlet request).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "convene.http.trusted-proxies=127.0.0.1")
@ActiveProfiles("test")
@Import(HttpHardeningHttpTest.ClientAddressProbe.class)
class HttpHardeningHttpTest {

    static final String PROXY = "127.0.0.1";
    static final String NOT_A_PROXY = "127.0.0.2";

    @RestController
    static class ClientAddressProbe {
        @GetMapping("/test-probe/client")
        String client(HttpServletRequest request) {
            return request.getRemoteAddr() + " " + request.getScheme() + " " + request.isSecure();
        }
    }

    @LocalServerPort
    int port;

    record Answer(int status, List<String> headerLines, String body) {
        List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).toList();
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }
    }

    /** One HTTP/1.1 request from the given local address, headers sent exactly as written. */
    Answer send(String from, String target, String... headers) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAccept: text/html\r\nAccept-Language: en\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            List<String> lines = new ArrayList<>(List.of(text.substring(0, end).split("\r\n")));
            int status = Integer.parseInt(lines.removeFirst().split(" ")[1]);
            return new Answer(status, lines, text.substring(end + 4));
        }
    }

    @Test
    void theBootstrapPageCarriesThePolicyAndEachOfItsScriptsThisRequestsNonce() throws Exception {
        Answer page = send(PROXY, "/");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).isNotNull().contains("default-src 'self'", "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self' http://localhost:8180", "frame-ancestors 'none'");
        Matcher scriptSrc = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'unsafe-eval';").matcher(policy);
        assertThat(scriptSrc.find()).as(policy).isTrue();
        String nonce = scriptSrc.group(1);

        List<Element> scripts = Jsoup.parse(page.body()).getElementsByTag("script");
        assertThat(scripts).isNotEmpty();
        assertThat(scripts).allSatisfy(script -> assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce));
        assertThat(scripts).anySatisfy(script -> assertThat(script.attr("src")).isEmpty());

        String again = send(PROXY, "/").header("Content-Security-Policy");
        assertThat(again).doesNotContain(nonce);
    }

    @Test
    void everyResponseHasTheOtherHeadersAndHstsOnlyOverHttpsFromTheTrustedProxy() throws Exception {
        Answer plain = send(PROXY, "/");
        assertThat(plain.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(plain.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(plain.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(plain.header("Strict-Transport-Security")).isNull();

        Answer https = send(PROXY, "/", "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.7");
        assertThat(https.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");

        Answer spoofed = send(NOT_A_PROXY, "/", "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.7");
        assertThat(spoofed.status()).isEqualTo(200);
        assertThat(spoofed.header("Strict-Transport-Security")).isNull();
        assertThat(spoofed.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyWhenTheTrustedProxyForwardedHttps() throws Exception {
        String plain = sessionCookie(send(PROXY, "/"));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        String https = sessionCookie(send(PROXY, "/", "X-Forwarded-Proto: https"));
        assertThat(https).contains("HttpOnly", "SameSite=Lax", "Secure");

        String spoofed = sessionCookie(send(NOT_A_PROXY, "/", "X-Forwarded-Proto: https"));
        assertThat(spoofed).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    private static String sessionCookie(Answer answer) {
        return answer.headers("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headerLines()));
    }

    @Test
    void theClientAddressComesFromXForwardedForOnlyWhenTheTrustedProxySentIt() throws Exception {
        assertThat(send(PROXY, "/test-probe/client", "X-Forwarded-For: 198.51.100.7, 127.0.0.1").body())
                .contains("198.51.100.7 http false");
        assertThat(send(PROXY, "/test-probe/client", "X-Forwarded-For: 198.51.100.8", "X-Forwarded-Proto: https").body())
                .contains("198.51.100.8 https true");
        assertThat(send(PROXY, "/test-probe/client").body()).contains("127.0.0.1 http false");

        assertThat(send(NOT_A_PROXY, "/test-probe/client", "X-Forwarded-For: 198.51.100.7", "X-Forwarded-Proto: https")
                .body()).contains("127.0.0.2 http false").doesNotContain("198.51.100.7");
        // A client cannot hide behind a made-up chain either: the trusted proxy forwards what it saw.
        assertThat(send(PROXY, "/test-probe/client", "X-Forwarded-For: 203.0.113.66, 198.51.100.9").body())
                .contains("198.51.100.9 http false");
    }
}
