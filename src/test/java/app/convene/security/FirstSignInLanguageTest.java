package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's language starts as the language of the session they first signed in from (the header's choice,
 * else the browser's), English without one; later sign-ins never change it (only the person does).
 */
@ConveneTest
class FirstSignInLanguageTest {

    @Autowired
    ConveneOidcUserService users;
    @Autowired
    PersonLanguages languages;
    @Autowired
    KeycloakProperties keycloak;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    long signIn(String subject, MockHttpServletRequest request) {
        if (request == null) {
            RequestContextHolder.resetRequestAttributes();
        } else {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        }
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("iss", keycloak.issuerUri(), "sub", subject, "name", "Language Person"));
        return users.toConveneUser(new DefaultOidcUser(List.of(), token, "sub")).actor().personId();
    }

    static MockHttpServletRequest chosenInTheHeader(Locale language) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true).setAttribute(ConveneI18NProvider.CHOSEN_LANGUAGE, language.toLanguageTag());
        return request;
    }

    @Test
    void theHeadersLanguageAtTheFirstSignInIsKeptAndLaterSignInsLeaveIt() {
        String subject = "language-" + UUID.randomUUID();

        long person = signIn(subject, chosenInTheHeader(ConveneI18NProvider.SPANISH));
        assertThat(languages.of(person)).isEqualTo(ConveneI18NProvider.SPANISH);

        signIn(subject, chosenInTheHeader(ConveneI18NProvider.ENGLISH));
        assertThat(languages.of(person)).isEqualTo(ConveneI18NProvider.SPANISH);
    }

    @Test
    void theBrowsersLanguageWhenNoneWasChosenElseEnglish() {
        MockHttpServletRequest spanishBrowser = new MockHttpServletRequest();
        spanishBrowser.addPreferredLocale(Locale.forLanguageTag("es-MX"));
        assertThat(languages.of(signIn("language-" + UUID.randomUUID(), spanishBrowser)))
                .isEqualTo(ConveneI18NProvider.SPANISH);

        MockHttpServletRequest frenchBrowser = new MockHttpServletRequest();
        frenchBrowser.addPreferredLocale(Locale.FRENCH);
        assertThat(languages.of(signIn("language-" + UUID.randomUUID(), frenchBrowser)))
                .isEqualTo(ConveneI18NProvider.ENGLISH);
        assertThat(languages.of(signIn("language-" + UUID.randomUUID(), null))).isEqualTo(ConveneI18NProvider.ENGLISH);
    }
}
