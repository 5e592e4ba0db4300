package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12 item 6: accounts Convene creates on approval, against the real local Keycloak; the realm verifies email. */
@ConveneTest
@TestPropertySource(properties = "convene.keycloak.embedded=auto")
class KeycloakAccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KeycloakAccounts accounts;
    @Autowired
    KeycloakProperties keycloak;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAccountCreatedOnApprovalIsUnverifiedUntilItsMailedLinkIsFollowed() throws Exception {
        String email = "verify." + UUID.randomUUID() + "@example.org";

        KeycloakAccounts.Account account = accounts.ensureAccount(email, "Ana López", "http://localhost:8080/");

        assertThat(account.created()).isTrue();
        JsonNode user = user(account.subject());
        assertThat(user.path("emailVerified").asBoolean(true)).isFalse();
        List<String> actions = new ArrayList<>();
        user.path("requiredActions").forEach(action -> actions.add(action.asString()));
        assertThat(actions).contains("VERIFY_EMAIL", "UPDATE_PASSWORD");
    }

    @Test
    void anExistingAccountWithAnUnverifiedEmailMustVerifyItBeforeTheApprovalCounts() throws Exception {
        String email = "existing." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(admin() + "/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + email + "\",\"email\":\"" + email
                        + "\",\"enabled\":true,\"emailVerified\":false}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        KeycloakAccounts.Account account = accounts.ensureAccount(email, "Someone", "http://localhost:8080/");

        assertThat(account.created()).isFalse();
        List<String> actions = new ArrayList<>();
        user(account.subject()).path("requiredActions").forEach(action -> actions.add(action.asString()));
        assertThat(actions).contains("VERIFY_EMAIL");
    }

    @Test
    void theRealmVerifiesEmailAndItsDemoUsersArePreVerified() throws Exception {
        JsonNode realm = JSON.readTree(Files.readString(Path.of("keycloak/realms/convene.json")));
        assertThat(realm.path("verifyEmail").asBoolean(false)).isTrue();
        List<String> unverified = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (!user.path("email").isMissingNode() && !user.path("emailVerified").asBoolean(false)) {
                unverified.add(user.path("username").asString());
            }
        });
        assertThat(unverified).as("demo users stay usable without a mailbox").isEmpty();
    }

    private JsonNode user(String subject) throws Exception {
        HttpResponse<String> user = http.send(HttpRequest.newBuilder(URI.create(admin() + "/users/" + subject))
                .header("Authorization", "Bearer " + adminToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.statusCode()).isEqualTo(200);
        return JSON.readTree(user.body());
    }

    private String admin() {
        return keycloak.issuerUri().replace("/realms/", "/admin/realms/");
    }

    private String adminToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + enc(keycloak.adminClientId())
                + "&client_secret=" + enc(keycloak.adminClientSecret());
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(keycloak.endpoint("token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(token.body()).path("access_token").asString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
