package app.convene.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in through Keycloak (OIDC authorization code flow with PKCE), sign-out that also ends the
 * Keycloak session, and Vaadin's view access control. Which pages need sign-in is declared on each
 * view; what a person may do is decided by {@link Authorization} in the services.
 * <p>
 * Every page answers for itself, signed in or not: an address that names nothing shows the
 * not-found page (404) and a page the reader may not open shows the refusal page (403, with a
 * sign-in link when signed out), instead of a bare error or a detour to Keycloak. So page requests
 * (GET) pass the HTTP layer, Vaadin's navigation access control checks every navigation against
 * the views' annotations, and the views and services check the roles. Other requests stay denied
 * unless Vaadin's own rules let them through.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_URL = "/oauth2/authorization/" + REGISTRATION_ID;
    /** The notifications' one-click unsubscribe address (UnsubscribeOneClick). */
    static final String ONE_CLICK_UNSUBSCRIBE = "/unsubscribe/*";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ConveneOidcUserService users,
                                            ClientRegistrationRepository registrations,
                                            VaadinDefaultRequestCache requestCache,
                                            ContentSecurityPolicy contentSecurityPolicy) throws Exception {
        headers(http, contentSecurityPolicy);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/styles/**",
                        "/images/**", "/calendar/**")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE).permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll());
        // RFC 8058: mail programs POST List-Unsubscribe=One-Click with neither session nor CSRF token; the signed
        // link is the proof (decision 0034), and nothing but that POST to that path goes without the token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)));
        // Not VaadinSecurityConfigurer.oauth2LoginPage: it would send signed-out readers of a
        // protected page straight to Keycloak instead of showing the refusal page.
        VaadinSavedRequestAwareAuthenticationSuccessHandler afterSignIn = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/");
        afterSignIn.setRequestCache(requestCache);
        http.oauth2Login(login -> login
                .loginPage(LOGIN_URL)
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new SignInLanguage(registrations, "/oauth2/authorization")))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(afterSignIn));
        OidcClientInitiatedLogoutSuccessHandler afterSignOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        afterSignOut.setRedirectStrategy(new UidlRedirectStrategy());
        afterSignOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.logoutSuccessHandler(afterSignOut));
        return http.build();
    }

    /**
     * Spring Security observes nothing (issue 19): with an observation registry present (Actuator) it wrapped each of
     * its filters of every request in an observation of its own, about 3 % of a click's CPU under load, for timers no
     * one reads (only health and info are exposed, and no metrics are exported). Requests are still observed as a
     * whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Vaadin's navigation access control, built from Vaadin's configurer (enabled with the sign-in page by
     * {@link VaadinSecurityConfigurer}), but one that does not look the role prefix up on every navigation
     * (decision 0046) and finds a view's parent layouts without listing every route (decision 0063). Primary, so
     * the per-UI initializer, the configurer and Vaadin's request checks all take it; Vaadin's own instance stays
     * disabled and is registered on no UI.
     */
    @Bean
    @Primary
    NavigationAccessControl conveneNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                           NavigationAccessControlConfigurer configurer,
                                                           VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((list, resolver) -> new ConveneNavigationAccessControl(
                DirectViewAccessChecker.replacing(list), resolver, rolePrefix),
                checkers);
    }

    /**
     * The response headers of docs/decisions/0013-http-hardening.md. Spring Security's defaults stay
     * (nosniff, X-Frame-Options DENY, no caching of pages); HSTS is written only on secure requests,
     * which behind a proxy means the proxy is trusted and forwarded https.
     */
    private static void headers(HttpSecurity http, ContentSecurityPolicy contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .addHeaderWriter(contentSecurityPolicy)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
    }

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * The Keycloak client, built from the issuer without asking Keycloak at start-up (so Convene and
     * a local Keycloak start side by side). The issuer is kept, so ID tokens from any other issuer
     * are refused.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(KeycloakProperties keycloak) {
        return new InMemoryClientRegistrationRepository(registration(keycloak));
    }

    static ClientRegistration registration(KeycloakProperties keycloak) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuerUri())
                .authorizationUri(keycloak.endpoint("auth"))
                .tokenUri(keycloak.endpoint("token"))
                .userInfoUri(keycloak.endpoint("userinfo"))
                .jwkSetUri(keycloak.endpoint("certs"))
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endpoint("logout")))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}
