package app.convene.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the local Keycloak's {@code convene} client accept sign-in redirects to any port on localhost
 * ({@code http://localhost/*}: Keycloak ignores the port of a loopback redirect that matches no other entry), as the
 * realm file does since issue 19. A Keycloak that imported the realm earlier keeps its old list (the import skips an
 * existing realm), so the test adds the entry through the admin API, with the local admin's password, when Keycloak
 * refuses a redirect to another port (asked without the admin, so a realm that has the entry needs no password).
 */
public final class LoopbackRedirects {

    static final String ANY_PORT = "http://localhost/*";
    private static final URI KEYCLOAK = URI.create("http://localhost:8180");
    private static final JsonMapper JSON = JsonMapper.shared();

    private LoopbackRedirects() {
    }

    public static void allow(HttpClient http) throws IOException, InterruptedException {
        if (allowed(http)) {
            return;
        }
        String password = Files.readString(Path.of(".convene/keycloak/admin-password")).strip();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        JsonNode token = send(http, HttpRequest.newBuilder(KEYCLOAK.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
        String bearer = "Bearer " + token.path("access_token").asString();
        JsonNode client = send(http, HttpRequest.newBuilder(KEYCLOAK.resolve("/admin/realms/convene/clients?clientId=convene"))
                .GET(), bearer).path(0);
        ArrayNode redirects = (ArrayNode) client.path("redirectUris");
        for (JsonNode redirect : redirects) {
            if (ANY_PORT.equals(redirect.asString())) {
                return;
            }
        }
        redirects.add(ANY_PORT);
        send(http, HttpRequest.newBuilder(KEYCLOAK.resolve("/admin/realms/convene/clients/" + client.path("id").asString()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(((ObjectNode) client).toString())), bearer);
    }

    /** Whether the sign-in page opens for a redirect to a port no realm entry names (Keycloak answers 400 if not). */
    static boolean allowed(HttpClient http) throws IOException, InterruptedException {
        String redirect = URLEncoder.encode("http://localhost:1/login/oauth2/code/keycloak", StandardCharsets.UTF_8);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(KEYCLOAK.resolve(
                "/realms/convene/protocol/openid-connect/auth?client_id=convene&response_type=code&scope=openid"
                        + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&redirect_uri="
                        + redirect)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 200;
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, String bearer)
            throws IOException, InterruptedException {
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                    + response.request().uri() + ": " + response.body() + (response.statusCode() == 401
                            ? " (.convene/keycloak/admin-password does not match the admin of the Keycloak data in"
                                    + " .convene/keycloak: stop Convene and delete that folder to re-import the realm)"
                            : ""));
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
