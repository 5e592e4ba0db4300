package app.convene.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where identities come from.
 *
 * @param issuerUri      the realm's issuer; tokens from any other issuer are refused
 * @param clientId       Convene's client in that realm
 * @param clientSecret   its secret (the local demo realm's is public; set your own in production)
 * @param embedded       AUTO starts a local Keycloak when the issuer is the default local one,
 *                       ALWAYS/NEVER force it
 * @param home           the unpacked Keycloak distribution (default: newest under .convene/keycloak)
 * @param realmsDir      realm files imported into the local Keycloak
 * @param startupTimeout how long to wait for the local Keycloak to answer
 * @param adminClientId  the realm's service-account client that creates stakeholder accounts
 * @param adminClientSecret its secret
 */
@ConfigurationProperties("convene.keycloak")
record KeycloakProperties(String issuerUri, String clientId, String clientSecret, Embedded embedded, String home,
                          String realmsDir, Duration startupTimeout, String adminClientId, String adminClientSecret) {

    static final String LOCAL_ISSUER = "http://localhost:8180/realms/convene";

    enum Embedded { AUTO, ALWAYS, NEVER }

    KeycloakProperties {
        issuerUri = blank(issuerUri) ? LOCAL_ISSUER : issuerUri.replaceAll("/+$", "");
        clientId = blank(clientId) ? "convene" : clientId;
        clientSecret = clientSecret == null ? "convene-dev-secret" : clientSecret;
        embedded = embedded == null ? Embedded.AUTO : embedded;
        home = blank(home) ? ".convene/keycloak" : home;
        realmsDir = blank(realmsDir) ? "keycloak/realms" : realmsDir;
        startupTimeout = startupTimeout == null ? Duration.ofMinutes(3) : startupTimeout;
        adminClientId = blank(adminClientId) ? "convene-admin" : adminClientId;
        adminClientSecret = adminClientSecret == null ? "convene-admin-dev-secret" : adminClientSecret;
    }

    /** Whether Convene starts (or reuses) a Keycloak of its own on this machine. */
    boolean startsLocalKeycloak() {
        return switch (embedded) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> LOCAL_ISSUER.equals(issuerUri);
        };
    }

    int port() {
        int port = URI.create(issuerUri).getPort();
        return port > 0 ? port : 80;
    }

    String endpoint(String path) {
        return issuerUri + "/protocol/openid-connect/" + path;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
