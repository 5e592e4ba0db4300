package app.convene.security;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * What Convene uses at the sign-in callback to talk to Keycloak and to check the ID token (decision 0053). Spring
 * Security's OAuth2 login takes both beans by type.
 * <ul>
 * <li>The ID token decoder of a client registration is built once and kept: Spring Security 7's
 * {@link OidcIdTokenDecoderFactory} builds a new decoder, with an empty key cache, at every sign-in, so every sign-in
 * fetched Keycloak's key set (JWKS) again. A kept decoder keeps the keys (Nimbus' cache, refreshed ahead of expiry,
 * and fetched again when a token names a key it does not know). The checks are the same decoder's: signature,
 * issuer, audience, expiry, subject.</li>
 * <li>The token exchange (the back-channel POST of the code to Keycloak's token endpoint) goes through one JDK
 * HTTP/1.1 client whose connections stay open between sign-ins, with time-outs, so a Keycloak that hangs fails a
 * sign-in instead of holding its thread. Same converters and error handling as Spring Security's default.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SignInClients implements DisposableBean {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final LazyHttpClient keycloak = new LazyHttpClient(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build());
    /** Built with the client, at the first sign-in (decision 0062). */
    private final SingletonSupplier<JdkClientHttpRequestFactory> requests = SingletonSupplier.of(() -> {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(keycloak.get());
        factory.setReadTimeout(READ_TIMEOUT);
        return factory;
    });

    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
        return new KeptIdTokenDecoders(new OidcIdTokenDecoderFactory());
    }

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenExchange() {
        RestClient rest = RestClient.builder()
                .requestFactory((uri, method) -> requests.obtain().createRequest(uri, method))
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(rest);
        return client;
    }

    /**
     * Spring Security's manager of authorized clients, as its own configuration would build it (authorization code,
     * refresh token, client credentials), but built at its first use (decision 0062). Convene signs people in and
     * never asks it for a client; Spring Security's default builds a refresh-token client with a JDK HTTP client
     * on every start, which initialises the JDK's TLS context (about 80 ms of a cold start). Defining one makes
     * Spring Security's registrar define none.
     */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        SingletonSupplier<OAuth2AuthorizedClientManager> manager = SingletonSupplier.of(() -> {
            DefaultOAuth2AuthorizedClientManager built =
                    new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
            built.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode().refreshToken().clientCredentials().build());
            return built;
        });
        return request -> manager.obtain().authorize(request);
    }

    @Override
    public void destroy() {
        keycloak.close();
    }

    /**
     * One decoder per client registration, built by Spring Security's factory the first time and kept. Keyed by
     * everything the decoder's checks depend on, so a changed registration (another client, issuer, key set or
     * secret) gets a decoder of its own.
     */
    static final class KeptIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

        private final JwtDecoderFactory<ClientRegistration> factory;
        private final Map<Key, JwtDecoder> decoders = new ConcurrentHashMap<>();

        KeptIdTokenDecoders(JwtDecoderFactory<ClientRegistration> factory) {
            this.factory = factory;
        }

        @Override
        public JwtDecoder createDecoder(ClientRegistration registration) {
            return decoders.computeIfAbsent(Key.of(registration), key -> factory.createDecoder(registration));
        }

        private record Key(String registrationId, String clientId, String clientSecret, String issuerUri,
                           String jwkSetUri) {
            static Key of(ClientRegistration registration) {
                ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
                return new Key(registration.getRegistrationId(), registration.getClientId(),
                        registration.getClientSecret(), provider.getIssuerUri(), provider.getJwkSetUri());
            }
        }
    }
}
