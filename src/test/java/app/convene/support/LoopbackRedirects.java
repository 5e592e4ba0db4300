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
 * existing realm), so the test adds the entry through the admin API, with the local admin's password.
 */
public final class LoopbackRedirects {

    static final String ANY_PORT = "http://localhost/*";
    private static final URI KEYCLOAK = URI.create("http://localhost:8180");
    private static final JsonMapper JSON = JsonMapper.shared();

    private LoopbackRedirects() {
    }

    public static void allow(HttpClient http) throws IOException, InterruptedException {
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

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, String bearer)
            throws IOException, InterruptedException {
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak's admin API answered " + response.statusCode() + " to "
                    + response.request().uri() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
