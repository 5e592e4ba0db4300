package app.convene.perf.load;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One virtual user's cookies, by name, for loopback only (Convene and Keycloak both on localhost; their
 * cookie names do not collide). Not the JDK's CookieManager: it drops the cookies Keycloak marks Secure on
 * http://localhost, and Keycloak then answers "cookie not found" at the login form.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    void take(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    HttpRequest.Builder on(HttpRequest.Builder request) {
        if (cookies.isEmpty()) {
            return request;
        }
        return request.header("Cookie", cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }

    /** The Keycloak session cookies of another jar (KEYCLOAK_IDENTITY, KEYCLOAK_SESSION): single sign-on. */
    void takeKeycloakSession(CookieJar other) {
        other.cookies.forEach((name, value) -> {
            if (name.startsWith("KEYCLOAK_")) {
                cookies.put(name, value);
            }
        });
    }

    boolean has(String name) {
        return cookies.containsKey(name);
    }

    /** The cookie's value, or null. */
    public String value(String name) {
        return cookies.get(name);
    }

    /** Sets a cookie as if a server had (e.g. a balancer's stickiness cookie naming a node). */
    public void put(String name, String value) {
        cookies.put(name, value);
    }
}
