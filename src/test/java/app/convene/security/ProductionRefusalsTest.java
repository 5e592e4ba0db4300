package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.KeycloakProperties.Embedded;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Production (external database, own issuer, or the prod profile) refuses the demo's secrets and users. */
class ProductionRefusalsTest {

    private static final String OWN_ISSUER = "https://id.example.org/realms/coalition";

    private static KeycloakProperties keycloak(String issuer, String secret, String adminSecret, Embedded embedded,
                                               String realmsDir) {
        return new KeycloakProperties(issuer, null, secret, embedded, null, realmsDir, null, null, adminSecret);
    }

    private static KeycloakProperties demoSecrets(String issuer) {
        return keycloak(issuer, null, null, Embedded.NEVER, null);
    }

    private static KeycloakProperties ownSecrets(String issuer, Embedded embedded, String realmsDir) {
        return keycloak(issuer, "own-secret", "own-admin-secret", embedded, realmsDir);
    }

    static final String OWN_UNSUBSCRIBE_SECRET = "an-own-unsubscribe-secret-of-forty-characters";

    /** An environment with the production's own unsubscribe secret (the other refusals are the subject). */
    private static MockEnvironment signing() {
        return new MockEnvironment().withProperty(ProductionRefusals.UNSUBSCRIBE_SECRET, OWN_UNSUBSCRIBE_SECRET);
    }

    @Test
    void productionRefusesAMissingOrShortUnsubscribeSecret() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThat(ProductionRefusals.problems(environment, ownSecrets(OWN_ISSUER, Embedded.NEVER, null)))
                .singleElement().asString().contains("CONVENE_NOTIFICATIONS_UNSUBSCRIBESECRET");
        environment.setProperty(ProductionRefusals.UNSUBSCRIBE_SECRET, "too-short");
        assertThat(ProductionRefusals.problems(environment, ownSecrets(OWN_ISSUER, Embedded.NEVER, null))).hasSize(1);
        environment.setProperty(ProductionRefusals.UNSUBSCRIBE_SECRET, OWN_UNSUBSCRIBE_SECRET);
        assertThat(ProductionRefusals.problems(environment, ownSecrets(OWN_ISSUER, Embedded.NEVER, null))).isEmpty();
        assertThat(ProductionRefusals.problems(new MockEnvironment(), ownSecrets(null, Embedded.NEVER, null)))
                .as("the embedded default makes a secret of its own").isEmpty();
    }

    @Test
    void theEmbeddedDefaultKeepsTheDemo() {
        new ProductionRefusals(new MockEnvironment(), keycloak(null, null, null, Embedded.AUTO, null));
    }

    @Test
    void anExternalDatabaseRefusesTheDemoSecretsSayingWhatToSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/convene");

        assertThatThrownBy(() -> new ProductionRefusals(environment, demoSecrets(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start in production")
                .hasMessageContaining("set CONVENE_KEYCLOAK_CLIENTSECRET")
                .hasMessageContaining("set CONVENE_KEYCLOAK_ADMINCLIENTSECRET");
    }

    @Test
    void anOwnIssuerRefusesTheDemoSecrets() {
        assertThat(ProductionRefusals.problems(signing(), demoSecrets(OWN_ISSUER)))
                .hasSize(2).allMatch(problem -> problem.contains("demo's"));
        assertThat(ProductionRefusals.problems(signing(),
                keycloak(OWN_ISSUER, "", "convene-admin-dev-secret", Embedded.NEVER, null))).hasSize(2);
    }

    @Test
    void theProdProfileRefusesTheDemoSecrets() {
        MockEnvironment environment = signing();
        environment.setActiveProfiles("prod");

        assertThat(ProductionRefusals.problems(environment, demoSecrets(null))).hasSize(2);
    }

    @Test
    void productionWithItsOwnSecretsStarts() {
        MockEnvironment environment = signing().withProperty("spring.datasource.url", "jdbc:postgresql://db/convene");
        environment.setActiveProfiles("prod");

        new ProductionRefusals(environment, ownSecrets(OWN_ISSUER, Embedded.AUTO, null));
    }

    @Test
    void productionRefusesTheDevelopmentObjectStoresSecret() {
        MockEnvironment environment = signing().withProperty("convene.library.store", "s3")
                .withProperty("convene.library.s3.secret-key", "S3RVER");

        assertThat(ProductionRefusals.problems(environment, ownSecrets(null, Embedded.NEVER, null))).isEmpty();
        environment.setActiveProfiles("prod");
        assertThatThrownBy(() -> new ProductionRefusals(environment, ownSecrets(OWN_ISSUER, Embedded.NEVER, null)))
                .hasMessageContaining("object store uses the development server's secret")
                .hasMessageContaining("CONVENE_LIBRARY_S3_SECRETKEY");
        environment.setProperty("convene.library.s3.secret-key", "a-real-secret");
        assertThat(ProductionRefusals.problems(environment, ownSecrets(OWN_ISSUER, Embedded.NEVER, null))).isEmpty();
    }

    @Test
    void productionRefusesToImportTheDemoRealmsUsers() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> new ProductionRefusals(environment, ownSecrets(null, Embedded.AUTO, "keycloak/realms")))
                .hasMessageContaining("convene.json holds demo users or demo secrets")
                .hasMessageContaining("CONVENE_KEYCLOAK_ISSUERURI");
    }

    @Test
    void productionImportsARealmWithoutDemoUsersOrSecrets(@TempDir Path realms) throws Exception {
        Files.writeString(realms.resolve("convene.json"), "{\"realm\": \"convene\", \"users\": []}");
        MockEnvironment environment = signing();
        environment.setActiveProfiles("prod");

        assertThat(ProductionRefusals.problems(environment, ownSecrets(null, Embedded.AUTO, realms.toString()))).isEmpty();
    }
}
