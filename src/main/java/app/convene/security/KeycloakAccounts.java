package app.convene.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak accounts for approved stakeholders, through Keycloak's Admin REST API with the realm's
 * {@code convene-admin} service account. A new account has no password and an unverified email:
 * Keycloak mails the person one link that verifies the email and sets their own password (its
 * required actions to verify the email and to set a password). Nothing sends a password.
 */
@Service
public class KeycloakAccounts {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a new account must do first, all through the one mailed link: prove the mailbox, set a password. */
    static final List<String> REQUIRED_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");

    private final KeycloakProperties keycloak;
    private final LazyHttpClient http =
            new LazyHttpClient(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    KeycloakAccounts(KeycloakProperties keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * The subject (Keycloak user id) of the account with this email, creating the account if none
     * exists. An existing account with an unverified email is made to verify it before it signs in.
     */
    public Account ensureAccount(String email, String name, String redirectUri) {
        String token = token();
        JsonNode existing = findByEmail(token, email);
        if (existing != null) {
            requireVerifiedEmail(token, existing);
            return new Account(existing.path("id").asString(), false);
        }
        String[] names = splitName(name);
        // Not verified until the person follows the mailed link: that link proves the mailbox
        // (Keycloak marks the email verified when its execute-actions link is followed).
        Map<String, Object> user = Map.of("username", email.toLowerCase(), "email", email, "firstName", names[0],
                "lastName", names[1], "enabled", true, "emailVerified", false, "requiredActions", REQUIRED_ACTIONS);
        HttpResponse<String> created = send(HttpRequest.newBuilder(admin("/users"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build());
        String id;
        if (created.statusCode() == 201) {
            String location = created.headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
        } else if (created.statusCode() == 409) {
            JsonNode meanwhile = findByEmail(token, email); // created meanwhile (or the username is taken by this email)
            if (meanwhile == null) {
                throw new KeycloakUnavailableException("Keycloak refused the account for " + email + ": " + created.body());
            }
            requireVerifiedEmail(token, meanwhile);
            return new Account(meanwhile.path("id").asString(), false);
        } else {
            throw new KeycloakUnavailableException("Keycloak could not create the account (" + created.statusCode() + ")");
        }
        String actions = admin("/users/" + id + "/execute-actions-email?client_id=" + enc(keycloak.clientId())
                + "&redirect_uri=" + enc(redirectUri) + "&lifespan=604800").toString();
        HttpResponse<String> mailed = send(HttpRequest.newBuilder(URI.create(actions))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(REQUIRED_ACTIONS))).build());
        if (mailed.statusCode() >= 300) {
            log.warn("Keycloak created {} but could not send the set-password email ({}): {}", email,
                    mailed.statusCode(), mailed.body());
        }
        return new Account(id, true);
    }

    /** Disables the account so it can no longer sign in (closing an account). */
    public void disable(String subject) {
        String token = token();
        HttpResponse<String> response = send(HttpRequest.newBuilder(admin("/users/" + subject))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build());
        if (response.statusCode() >= 300 && response.statusCode() != 404) {
            throw new KeycloakUnavailableException("Keycloak could not disable the account (" + response.statusCode() + ")");
        }
    }

    /**
     * An existing account whose email Keycloak has not verified must verify it before it signs in:
     * the approval links the registration to that account, which proves nothing about the mailbox yet.
     */
    private void requireVerifiedEmail(String token, JsonNode user) {
        if (user.path("emailVerified").asBoolean(false)) {
            return;
        }
        List<String> actions = new ArrayList<>();
        user.path("requiredActions").forEach(action -> actions.add(action.asString()));
        if (actions.contains("VERIFY_EMAIL")) {
            return;
        }
        actions.add("VERIFY_EMAIL");
        HttpResponse<String> response = send(HttpRequest.newBuilder(admin("/users/" + user.path("id").asString()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("requiredActions", actions))))
                .build());
        if (response.statusCode() >= 300) {
            throw new KeycloakUnavailableException("Keycloak could not ask the account to verify its email ("
                    + response.statusCode() + ")");
        }
    }

    private JsonNode findByEmail(String token, String email) {
        HttpResponse<String> found = send(HttpRequest.newBuilder(admin("/users?exact=true&email=" + enc(email)))
                .header("Authorization", "Bearer " + token).GET().build());
        if (found.statusCode() != 200) {
            throw new KeycloakUnavailableException("Keycloak could not search accounts (" + found.statusCode() + ")");
        }
        JsonNode users = JSON.readTree(found.body());
        for (JsonNode user : users) {
            if (email.equalsIgnoreCase(user.path("email").asString(""))) {
                return user;
            }
        }
        return null;
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + enc(keycloak.adminClientId())
                + "&client_secret=" + enc(keycloak.adminClientSecret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.endpoint("token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new KeycloakUnavailableException("Keycloak refused Convene's administration client ("
                    + response.statusCode() + ")");
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private URI admin(String path) {
        URI issuer = URI.create(keycloak.issuerUri());
        String realm = issuer.getPath().substring(issuer.getPath().lastIndexOf('/') + 1);
        String base = keycloak.issuerUri().substring(0, keycloak.issuerUri().indexOf("/realms/"));
        return URI.create(base + "/admin/realms/" + realm + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.get().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeycloakUnavailableException("Keycloak cannot be reached at " + keycloak.issuerUri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailableException("Interrupted while calling Keycloak", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String[] splitName(String name) {
        String clean = name.strip();
        int space = clean.lastIndexOf(' ');
        return space < 0 ? new String[] {clean, "-"} : new String[] {clean.substring(0, space), clean.substring(space + 1)};
    }

    /** A Keycloak account; {@code created} when this call made it (and Keycloak mailed the set-password link). */
    public record Account(String subject, boolean created) {
    }

    /** Keycloak could not do what was asked; nothing in Convene changed. */
    public static class KeycloakUnavailableException extends RuntimeException {
        public KeycloakUnavailableException(String message) {
            super(message);
        }

        public KeycloakUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
