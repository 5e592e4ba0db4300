package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.stakeholders.RegistrationLimits;
import java.time.Duration;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variable names the README documents reach the settings they name. */
class EnvironmentVariablesTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    EnvironmentVariablesTest() {
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.ofEntries(
                        Map.entry("CONVENE_KEYCLOAK_ISSUERURI", "https://id.example.org/realms/coalition"),
                        Map.entry("CONVENE_KEYCLOAK_CLIENTID", "portal"),
                        Map.entry("CONVENE_KEYCLOAK_CLIENTSECRET", "s3cret"),
                        Map.entry("CONVENE_KEYCLOAK_ADMINCLIENTID", "portal-admin-client"),
                        Map.entry("CONVENE_KEYCLOAK_EMBEDDED", "never"),
                        Map.entry("CONVENE_LOCAL_MAIL_ENABLED", "false"),
                        Map.entry("CONVENE_NOTIFICATIONS_UNSUBSCRIBESECRET", "a-long-secret"),
                        Map.entry("CONVENE_PUBLIC_URL", "https://convene.example.org"),
                        Map.entry("CONVENE_EMBEDDEDDATABASE_DATADIR", "/var/lib/convene/pg"),
                        Map.entry("CONVENE_REGISTRATION_LIMITPERADDRESS", "600"),
                        Map.entry("CONVENE_REGISTRATION_LIMITPEREMAIL", "3"),
                        Map.entry("CONVENE_REGISTRATION_FREEPERCLIENT", "2"),
                        Map.entry("CONVENE_REGISTRATION_CLIENTDELAY", "45s"),
                        Map.entry("CONVENE_REGISTRATION_WINDOW", "15m"),
                        Map.entry("CONVENE_RATELIMITS_SECRET", "the-rate-limits-key"),
                        Map.entry("CONVENE_DATABASE_SKIPUNCHANGEDCHANGELOG", "false"),
                        Map.entry("CONVENE_DATABASE_BACKGROUNDJPA", "false"),
                        Map.entry("CONVENE_HTTP_TRUSTEDPROXIES", "127.0.0.1, 10.0.0.0/8,::1"))));
        ConfigurationPropertySources.attach(environment);
    }

    @Test
    void keycloakSettingsBindFromTheDocumentedVariables() {
        KeycloakProperties keycloak = Binder.get(environment).bind("convene.keycloak", KeycloakProperties.class).get();
        assertThat(keycloak.issuerUri()).isEqualTo("https://id.example.org/realms/coalition");
        assertThat(keycloak.clientId()).isEqualTo("portal");
        assertThat(keycloak.clientSecret()).isEqualTo("s3cret");
        assertThat(keycloak.adminClientId()).isEqualTo("portal-admin-client");
        assertThat(keycloak.embedded()).isEqualTo(KeycloakProperties.Embedded.NEVER);
        assertThat(keycloak.startsLocalKeycloak()).isFalse();
    }

    @Test
    void trustedProxiesBindFromTheDocumentedVariableAsAddressesOrRanges() {
        HttpProperties http = Binder.get(environment).bind("convene.http", HttpProperties.class).get();
        assertThat(http.trustedProxies()).containsExactly("127.0.0.1", "10.0.0.0/8", "::1");
        assertThat(TrustedProxies.ranges(http)).isEqualTo("127.0.0.1/32,10.0.0.0/8,::1/128");
    }

    @Test
    void otherDocumentedVariablesAreSeen() {
        assertThat(environment.getProperty("convene.local-mail.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("convene.public-url")).isEqualTo("https://convene.example.org");
        assertThat(environment.getProperty(ProductionRefusals.UNSUBSCRIBE_SECRET)).isEqualTo("a-long-secret");
        assertThat(environment.getProperty("convene.rate-limits.secret")).isEqualTo("the-rate-limits-key");
        assertThat(Binder.get(environment).bind("convene.embedded-database",
                app.convene.shared.database.EmbeddedDatabaseProperties.class).get().dataDir())
                .isEqualTo("/var/lib/convene/pg");
    }

    /** Decision 0052: the start's database switches, read by name (SchemaStamp, JpaBackgroundConfiguration). */
    @Test
    void databaseStartSwitchesAreSeenFromTheDocumentedVariables() {
        assertThat(environment.getProperty("convene.database.skip-unchanged-changelog", Boolean.class, true)).isFalse();
        assertThat(environment.getProperty("convene.database.background-jpa", Boolean.class, true)).isFalse();
    }

    @Test
    void registrationLimitsBindFromTheDocumentedVariables() {
        RegistrationLimits limits = Binder.get(environment)
                .bind("convene.registration", RegistrationLimits.class).get();
        assertThat(limits.limitPerAddress()).isEqualTo(600);
        assertThat(limits.limitPerEmail()).isEqualTo(3);
        assertThat(limits.freePerClient()).isEqualTo(2);
        assertThat(limits.clientDelay()).isEqualTo(Duration.ofSeconds(45));
        assertThat(limits.window()).isEqualTo(Duration.ofMinutes(15));
    }
}
