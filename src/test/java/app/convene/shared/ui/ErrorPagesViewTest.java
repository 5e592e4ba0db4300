package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The not-found and refusal pages without a browser: their titles, malformed ids in addresses, and
 * the sign-in link a signed-out reader of a protected page gets.
 */
@ConveneTest
class ErrorPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    private String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    @Test
    void notFoundPageHasATitle() {
        navigate("nope", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(title()).isEqualTo("Page not found · Convene");
    }

    @Test
    void malformedOrUnknownIdsShowNotFound() {
        for (String address : new String[] {"workgroups/abc", "workgroups/99999999999999999999", "workgroups/-1",
                "workgroups/0", "workgroups/987654321"}) {
            navigate(address, NotFoundView.class);
            assertThat($(H1.class).single().getText()).as(address).isEqualTo("Page not found");
        }
        fixtures.signInAs("Daniel Okafor");
        for (String address : new String[] {"initiatives/worker-equity-initiative/recommendations/abc",
                "initiatives/worker-equity-initiative/recommendations/99999999999999999999",
                "initiatives/worker-equity-initiative/organizations/abc",
                "initiatives/worker-equity-initiative/organizations/99999999999999999999",
                "initiatives/no-such-initiative/roles"}) {
            navigate(address, NotFoundView.class);
            assertThat($(H1.class).single().getText()).as(address).isEqualTo("Page not found");
        }
    }

    @Test
    void signedOutReaderOfAProtectedPageIsOfferedSignInNotSentAway() {
        navigate("admin/audit", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
        Anchor signIn = $(Anchor.class).withText("Sign in to see this page").single();
        assertThat(signIn.getHref()).isEqualTo("/oauth2/authorization/keycloak");
        assertThat(title()).isEqualTo("Not available to you · Convene");
    }

    @Test
    void signedInReaderWithoutTheRoleSeesTheRefusalWithItsTitleAndNoSignInLink() {
        fixtures.signInAs("Jordan Ellis");
        navigate("admin/audit", AccessDeniedView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
        assertThat($(Anchor.class).withText("Sign in to see this page").exists()).isFalse();
        assertThat(title()).isEqualTo("Not available to you · Convene");
    }
}
