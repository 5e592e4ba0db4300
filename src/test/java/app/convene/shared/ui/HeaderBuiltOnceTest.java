package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SqlSeen;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, decision 0046: the header is built once per page and not again at each navigation; it changes when what
 * it shows changes (the page's initiative, who is signed in), and asks the database nothing for it otherwise.
 */
@ConveneTest
@TestPropertySource(properties =
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen")
class HeaderBuiltOnceTest extends SpringBrowserlessTest {

    /** The header's unread count (no page visited here reads notices itself). */
    private static final String UNREAD_COUNT = "from notice\\b";

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void forget() {
        SignIn.out();
    }

    @Test
    void navigatingWithinAnInitiativeKeepsTheHeaderAndAsksNothingForIt() {
        fixtures.signInAs("Maya Thompson");
        navigate("initiatives/equity-at-work", Component.class);
        Header header = $(Header.class).single();
        Span name = name();
        Anchor notices = $(Anchor.class).id("notices-link");
        String unread = notices.getText();
        assertThat(unread).startsWith("Notices");
        assertThat(roles()).isEqualTo("Coordinator");

        SqlSeen.forget();
        navigate("initiatives/equity-at-work/timeline", Component.class);
        navigate("initiatives/equity-at-work/library", Component.class);
        navigate("initiatives/equity-at-work", Component.class);

        assertThat(SqlSeen.total()).as("the probe sees the pages' own statements").isPositive();
        assertThat(SqlSeen.count(UNREAD_COUNT)).as("the unread count follows by push, not by navigation").isZero();
        assertThat($(Header.class).single()).isSameAs(header);
        assertThat(name()).as("the menu is not rebuilt").isSameAs(name);
        assertThat($(Anchor.class).id("notices-link")).isSameAs(notices);
        assertThat(notices.getText()).isEqualTo(unread);
        assertThat(roles()).isEqualTo("Coordinator");
    }

    @Test
    void anotherInitiativeChangesTheRolesShownAndNothingElse() {
        fixtures.signInAs("Maya Thompson");
        navigate("initiatives/equity-at-work", Component.class);
        Span name = name();

        navigate("initiatives/good-jobs-equity-project", Component.class);
        assertThat($(Span.class).withClassName("cv-user-roles").exists()).as("no role in that initiative").isFalse();
        navigate("", Component.class);
        assertThat($(Span.class).withClassName("cv-user-roles").exists()).as("no initiative on the home page").isFalse();
        navigate("initiatives/equity-at-work/timeline", Component.class);
        assertThat(roles()).isEqualTo("Coordinator");
        assertThat(name()).isSameAs(name);
        assertThat(name().getParent().orElseThrow().getChildren().map(c -> c.getElement().getAttribute("class")))
                .as("the roles stay right after the name").startsWith("cv-user-name", "cv-user-roles");
    }

    @Test
    void anotherPersonSignedInGetsTheirOwnHeader() {
        fixtures.signInAs("Maya Thompson");
        navigate("initiatives/equity-at-work", Component.class);
        assertThat(name().getText()).isEqualTo("Maya Thompson");

        fixtures.signInAs("Jordan Ellis");
        navigate("initiatives/equity-at-work/timeline", Component.class);
        assertThat(name().getText()).isEqualTo("Jordan Ellis");
        assertThat(roles()).isEqualTo("Stakeholder");

        SignIn.out();
        navigate("initiatives/equity-at-work", Component.class);
        assertThat($(Span.class).withClassName("cv-user-name").exists()).isFalse();
        assertThat($(Anchor.class).withText("Sign in").single().getHref()).isEqualTo("/oauth2/authorization/keycloak");
        assertThat($(Anchor.class).withId("notices-link").exists()).as("hidden for visitors").isFalse();
    }

    private Span name() {
        return $(Span.class).withClassName("cv-user-name").single();
    }

    private String roles() {
        return $(Span.class).withClassName("cv-user-roles").single().getText();
    }
}
