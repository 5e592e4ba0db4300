package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo mailbox shows only to administrators on loopback requests; everyone else gets not-found. */
@ConveneTest
class MailboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdministratorReadsTheMailbox() {
        SignIn.as(new Actor(-1L, "Administrator", true));

        navigate("demo/mailbox", MailboxView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Demo mailbox");
        assertThat($(Anchor.class).withText("Demo mailbox").single().isVisible()).isTrue();
    }

    @Test
    void aStakeholderOrVisitorIsRefused() {
        navigate("demo/mailbox", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).withText("Demo mailbox").all()).isEmpty(); // only visible anchors count

        SignIn.as(new Actor(fixtures.personId("Jordan Ellis"), "Jordan Ellis", false));
        navigate("demo/mailbox", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Anchor.class).withText("Demo mailbox").all()).isEmpty(); // only visible anchors count
    }

    @Test
    void onlyLoopbackRequestsOfAnAdministrator() {
        assertThat(MailboxAccess.allows(true, "127.0.0.1")).isTrue();
        assertThat(MailboxAccess.allows(true, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(MailboxAccess.allows(true, "203.0.113.7")).isFalse();
        assertThat(MailboxAccess.allows(true, "localhost.example.org")).isFalse();
        assertThat(MailboxAccess.allows(true, null)).isFalse();
        assertThat(MailboxAccess.allows(false, "127.0.0.1")).isFalse();
    }
}
