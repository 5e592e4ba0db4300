package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The sign-in callback's clients (decision 0053), against a real HTTP server on loopback standing in for Keycloak:
 * the token exchange keeps its connection between sign-ins and reports Keycloak's refusals; ID token decoders are
 * kept per registration; the user-info call is skipped only when the ID token carries what Convene reads.
 */
class SignInClientsTest {

    HttpServer keycloak;
    final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final AtomicInteger userInfoCalls = new AtomicInteger();
    final Map<String, String> authorization = new ConcurrentHashMap<>();
    SignInClients clients;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/token", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            authorization.put("header", exchange.getRequestHeaders().getFirst("Authorization"));
            boolean refused = body.contains("code=used");
            byte[] answer = (refused
                    ? "{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}"
                    : "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"it\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(refused ? 400 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        keycloak.createContext("/userinfo", exchange -> {
            userInfoCalls.incrementAndGet();
            byte[] answer = "{\"sub\":\"someone\",\"preferred_username\":\"someone\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        keycloak.start();
        clients = new SignInClients();
    }

    @AfterEach
    void stop() {
        clients.destroy();
        keycloak.stop(0);
    }

    @Test
    void tokenExchangesKeepOneConnectionAndSendTheCodeWithTheClientsCredentials() {
        OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> exchange = clients.tokenExchange();
        for (int i = 0; i < 3; i++) {
            OAuth2AccessTokenResponse response = exchange.getTokenResponse(grant("code-" + i));
            assertThat(response.getAccessToken().getTokenValue()).isEqualTo("at");
            assertThat(response.getAdditionalParameters()).containsEntry("id_token", "it");
        }
        assertThat(bodies).hasSize(3);
        assertThat(bodies.getFirst()).contains("grant_type=authorization_code", "code=code-0", "code_verifier=verifier");
        assertThat(authorization.get("header")).startsWith("Basic ");
        assertThat(Set.copyOf(clientPorts)).as("one connection, kept between sign-ins").hasSize(1);
    }

    @Test
    void aRefusedCodeFailsTheSignInWithKeycloaksError() {
        assertThatThrownBy(() -> clients.tokenExchange().getTokenResponse(grant("used")))
                .isInstanceOf(OAuth2AuthorizationException.class).hasMessageContaining("invalid_grant");
    }

    @Test
    void theIdTokenDecoderOfARegistrationIsKeptAndAChangedRegistrationGetsItsOwn() {
        var decoders = clients.idTokenDecoders();
        JwtDecoder first = decoders.createDecoder(registration("convene"));
        assertThat(decoders.createDecoder(registration("convene"))).isSameAs(first);
        assertThat(decoders.createDecoder(registration("other-client"))).isNotSameAs(first);
        assertThat(new OidcIdTokenDecoderFactory().createDecoder(registration("convene")))
                .as("Spring Security's factory builds a new decoder (and key cache) each time")
                .isNotSameAs(new OidcIdTokenDecoderFactory().createDecoder(registration("convene")));
    }

    @Test
    void userInfoIsNotAskedWhenTheIdTokenCarriesWhatConveneReads() {
        ConveneOidcUserService users = new ConveneOidcUserService(null);
        Map<String, Object> claims = Map.of("iss", "http://localhost/realms/convene", "sub", "someone",
                "preferred_username", "someone", "email_verified", true, "realm_roles", List.of("default-roles-convene"));
        assertThat(users.fromKeycloak(request(claims)).getUserInfo()).isNull();
        assertThat(userInfoCalls).hasValue(0);

        Map<String, Object> withoutRoles = Map.of("iss", "http://localhost/realms/convene", "sub", "someone",
                "preferred_username", "someone", "email_verified", true);
        assertThat(users.fromKeycloak(request(withoutRoles)).getUserInfo()).isNotNull();
        assertThat(userInfoCalls).as("a token without realm_roles: asked as before").hasValue(1);
    }

    @Test
    void anIdTokenMissingAnyOfTheClaimsNeedsUserInfo() {
        Map<String, Object> all = Map.of("sub", "s", "preferred_username", "u", "email_verified", false,
                "realm_roles", List.of("r"));
        assertThat(ConveneOidcUserService.carriesWhatConveneReads(idToken(all))).isTrue();
        for (String missing : List.of("preferred_username", "email_verified", "realm_roles")) {
            Map<String, Object> fewer = new HashMap<>(all);
            fewer.remove(missing);
            assertThat(ConveneOidcUserService.carriesWhatConveneReads(idToken(fewer))).as(missing).isFalse();
        }
    }

    private OidcUserRequest request(Map<String, Object> claims) {
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "at", Instant.now(),
                Instant.now().plusSeconds(300), Set.of("openid", "profile", "email"));
        return new OidcUserRequest(registration("convene"), accessToken, idToken(claims));
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        return new OidcIdToken("it", Instant.now(), Instant.now().plusSeconds(60), claims);
    }

    private OAuth2AuthorizationCodeGrantRequest grant(String code) {
        ClientRegistration registration = registration("convene");
        OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri())
                .clientId(registration.getClientId()).redirectUri("http://localhost:18080/login/oauth2/code/keycloak")
                .state("state").attributes(Map.of("code_verifier", "verifier")).build();
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(code).state("state")
                .redirectUri("http://localhost:18080/login/oauth2/code/keycloak").build();
        return new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(request, response));
    }

    private ClientRegistration registration(String clientId) {
        String base = "http://localhost:" + keycloak.getAddress().getPort();
        return ClientRegistration.withRegistrationId("keycloak")
                .clientId(clientId).clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri("http://localhost/realms/convene")
                .authorizationUri(base + "/auth").tokenUri(base + "/token").userInfoUri(base + "/userinfo")
                .jwkSetUri(base + "/certs").userNameAttributeName("sub")
                .build();
    }
}
