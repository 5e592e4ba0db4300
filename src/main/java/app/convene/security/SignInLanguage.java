package app.convene.security;

import app.convene.shared.i18n.ConveneI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Asks Keycloak to show its sign-in page in the reader's language (OIDC {@code ui_locales}): the
 * one chosen in Convene's header for this session, else the browser's. Everything else (PKCE,
 * state, nonce) is Spring Security's default.
 */
class SignInLanguage implements OAuth2AuthorizationRequestResolver {

    static final String UI_LOCALES = "ui_locales";

    private final DefaultOAuth2AuthorizationRequestResolver defaults;

    SignInLanguage(ClientRegistrationRepository registrations, String authorizationRequestBaseUri) {
        this.defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations, authorizationRequestBaseUri);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return inLanguage(defaults.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return inLanguage(defaults.resolve(request, clientRegistrationId), request);
    }

    private static OAuth2AuthorizationRequest inLanguage(OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        String language = ConveneI18NProvider.chosen(request).getLanguage();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put(UI_LOCALES, language))
                .authorizationRequestUri((String) null) // built again, with the language
                .build();
    }
}
