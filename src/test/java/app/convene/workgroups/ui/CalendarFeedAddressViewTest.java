package app.convene.workgroups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** "New address" on My workgroups replaces the personal calendar address, once the person confirms. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=workgroups")
class CalendarFeedAddressViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService persons;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void newAddressAsksFirstThenReplacesTheAddressShown() {
        String name = "Feed Person " + UUID.randomUUID().toString().substring(0, 6);
        Actor person = new Actor(Authorization.runAsSystem(() -> persons.registerKnown("feed-" + UUID.randomUUID(), name,
                null)), name, false);
        SignIn.as(person);
        String old = persons.myCalendarToken();
        navigate(MyWorkgroupsView.class);
        CalendarFeedAddress feed = $(CalendarFeedAddress.class).single();

        test(feed.show).click();
        assertThat(feed.address.getValue()).endsWith("/calendar/me/" + old + ".ics");

        test($(Button.class).withText("New address").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Make a new calendar address?");
        assertThat(test(confirm).getText()).contains("current address stops working");
        test(confirm).cancel();
        assertThat(persons.myCalendarToken()).as("nothing changes until confirmed").isEqualTo(old);
        assertThat(feed.address.getValue()).endsWith("/calendar/me/" + old + ".ics");

        test(feed.replace).click();
        test($(ConfirmDialog.class).last()).confirm();

        String replacement = persons.myCalendarToken();
        assertThat(replacement).isNotEqualTo(old);
        assertThat(feed.address.getValue()).endsWith("/calendar/me/" + replacement + ".ics");
    }
}
