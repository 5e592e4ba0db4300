package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What happens at sign-in, without the browser: the ID token checks that Convene's client
 * registration enforces, and how a signed-in identity becomes (and stays in step with) a person.
 */
@ConveneTest
class OidcSignInTest {

    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    ConveneOidcUserService users;
    @Autowired
    KeycloakProperties keycloak;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    app.convene.stakeholders.ProfileService profiles;
    @Autowired
    SecurityFilterChain filterChain;
    @Autowired
    JwtDecoderFactory<ClientRegistration> idTokenDecoders;
    @Autowired
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenExchange;

    @Test
    void registrationUsesTheRealmsIssuerAuthorizationCodeAndPkce() {
        ClientRegistration registration = registrations.findByRegistrationId("keycloak");
        assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:8180/realms/convene");
        assertThat(registration.getAuthorizationGrantType().getValue()).isEqualTo("authorization_code");
        assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registration.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://localhost:8180/realms/convene/protocol/openid-connect/logout");
    }

    /** Decision 0053: the callback checks ID tokens with the kept decoders and exchanges codes with the pooled client. */
    @Test
    void signInUsesTheKeptIdTokenDecodersAndThePooledTokenExchange() {
        OAuth2LoginAuthenticationFilter callback = filterChain.getFilters().stream()
                .filter(OAuth2LoginAuthenticationFilter.class::isInstance).map(OAuth2LoginAuthenticationFilter.class::cast)
                .findFirst().orElseThrow();
        Object manager = ReflectionTestUtils.getField(callback, "authenticationManager");
        while (!(manager instanceof ProviderManager)) { // Spring Security's observation wrapper (actuator)
            manager = ReflectionTestUtils.getField(manager, "delegate");
        }
        OidcAuthorizationCodeAuthenticationProvider oidc = ((ProviderManager) manager).getProviders().stream()
                .filter(OidcAuthorizationCodeAuthenticationProvider.class::isInstance)
                .map(OidcAuthorizationCodeAuthenticationProvider.class::cast).findFirst().orElseThrow();
        assertThat(ReflectionTestUtils.getField(oidc, "jwtDecoderFactory")).isSameAs(idTokenDecoders)
                .isInstanceOf(SignInClients.KeptIdTokenDecoders.class);
        assertThat(ReflectionTestUtils.getField(oidc, "accessTokenResponseClient")).isSameAs(tokenExchange);
        assertThat(ReflectionTestUtils.getField(oidc, "userService")).isSameAs(users);
    }

    @Test
    void tokenFromTheRealmIsAccepted() {
        assertThat(validate(token(keycloak.issuerUri(), "someone")).hasErrors()).isFalse();
    }

    @Test
    void tokenFromAnUnknownIssuerIsRefused() {
        OAuth2TokenValidatorResult result = validate(token("http://evil.example/realms/convene", "someone"));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors()).anyMatch(error -> error.getDescription().contains("iss"));
    }

    @Test
    void tokenWithoutSubjectIsRefused() {
        OAuth2TokenValidatorResult result = validate(token(keycloak.issuerUri(), null));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.getErrors()).anyMatch(error -> error.getDescription().contains("sub"));
    }

    @Test
    void identityWithoutSubjectNeverBecomesAPerson() {
        Integer before = jdbc.queryForObject("select count(*) from person", Integer.class);
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("iss", keycloak.issuerUri(), "sub", " ", "name", "Nobody"));
        assertThatThrownBy(() -> users.toConveneUser(new DefaultOidcUser(List.of(), idToken, "name")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(before);
    }

    @Test
    void firstSignInCreatesThePersonAndLaterSignInsKeepNameEmailAndAdminInStep() {
        ConveneUser first = users.toConveneUser(oidcUser("subject-sync", "Rosa Parks", "rosa@example.org", List.of()));
        assertThat(first.actor().name()).isEqualTo("Rosa Parks");
        assertThat(first.actor().administrator()).isFalse();
        long id = first.actor().personId();

        ConveneUser second = users.toConveneUser(oidcUser("subject-sync", "Rosa L. Parks", "rosa.parks@example.org",
                List.of("portal-admin")));

        assertThat(second.actor().personId()).isEqualTo(id);
        assertThat(second.actor().administrator()).isTrue();
        assertThat(second.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN", "ROLE_USER");
        Map<String, Object> row = jdbc.queryForMap("select display_name, email, administrator from person where id = ?", id);
        assertThat(row).containsEntry("display_name", "Rosa L. Parks").containsEntry("email", "rosa.parks@example.org")
                .containsEntry("administrator", true);
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'person' and subject_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("person.created", "person.updated");
    }

    private OAuth2TokenValidatorResult validate(Jwt jwt) {
        return new OidcIdTokenValidator(registrations.findByRegistrationId("keycloak")).validate(jwt);
    }

    private Jwt token(String issuer, String subject) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuer(issuer).audience(List.of(keycloak.clientId()))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        if (subject != null) {
            builder.subject(subject);
        }
        return builder.build();
    }

    private DefaultOidcUser oidcUser(String subject, String name, String email, List<String> realmRoles) {
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "iss", keycloak.issuerUri(), "sub", subject, "name", name, "email", email, "realm_roles", realmRoles));
        return new DefaultOidcUser(List.of(), idToken, "sub");
    }

    private DefaultOidcUser oidcUser(String subject, String email, boolean emailVerified) {
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "iss", keycloak.issuerUri(), "sub", subject, "name", "Claimant", "email", email,
                "email_verified", emailVerified));
        return new DefaultOidcUser(List.of(), idToken, "sub");
    }

    /** Issue 12 item 6: a registration made with an email is claimed only through a verified email. */
    @Test
    void onlyAVerifiedEmailClaimsTheRegistrationMadeWithIt() {
        long initiative = jdbc.queryForObject("select id from initiative where slug = 'equity-at-work'", Long.class);
        String email = "claim." + UUID.randomUUID() + "@example.org";
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, source)
                values (?, ?, 'Imported Person', ?, 'OTHER', 'APPROVED', 'IMPORT')""", initiative, email, email);
        String subject = "subject-claim-" + UUID.randomUUID();
        try {
            ConveneUser unverified = users.toConveneUser(oidcUser(subject, email.toUpperCase(), false));
            SignIn.as(unverified.actor());
            assertThat(profiles.mine(initiative)).isEmpty();
            assertThat(profiles.myEmailUnverified()).isTrue();
            assertThat(jdbc.queryForObject("select person_id from registration where email_key = ?", Long.class, email))
                    .isNull();

            ConveneUser verified = users.toConveneUser(oidcUser(subject, email, true));
            SignIn.as(verified.actor());
            assertThat(profiles.mine(initiative)).get().extracting(p -> p.name()).isEqualTo("Imported Person");
            assertThat(profiles.myEmailUnverified()).isFalse();
            assertThat(jdbc.queryForObject("select person_id from registration where email_key = ?", Long.class, email))
                    .isEqualTo(verified.actor().personId());
        } finally {
            SignIn.out();
        }
    }
}
