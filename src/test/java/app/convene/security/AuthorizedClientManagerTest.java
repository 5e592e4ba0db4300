package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;

/**
 * Decision 0062: the one manager of authorized clients is Convene's, built at its first use (Spring Security's own,
 * built at start, made a JDK HTTP client and initialised TLS), and it answers as Spring Security's does.
 */
@ConveneTest
class AuthorizedClientManagerTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theOnlyManagerIsConvenesAndIsNotBuiltAtStart() {
        assertThat(context.getBeansOfType(OAuth2AuthorizedClientManager.class)).containsOnlyKeys(
                "authorizedClientManager");
        assertThat(context.getBean(OAuth2AuthorizedClientManager.class))
                .as("a stand-in that builds Spring Security's manager when first asked")
                .isNotInstanceOf(DefaultOAuth2AuthorizedClientManager.class);
    }

    @Test
    void asAskedItWantsThePersonToSignInFirst() {
        OAuth2AuthorizedClientManager manager = context.getBean(OAuth2AuthorizedClientManager.class);
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(SecurityConfiguration.REGISTRATION_ID)
                .principal(UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of()))
                .attribute(HttpServletRequest.class.getName(), new MockHttpServletRequest())
                .attribute(HttpServletResponse.class.getName(), new MockHttpServletResponse())
                .build();
        assertThatThrownBy(() -> manager.authorize(request)).isInstanceOf(ClientAuthorizationRequiredException.class);
    }
}
