package app.convene.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NotificationSettingsService;
import app.convene.notifications.Unsubscribe;
import app.convene.notifications.internal.NotificationPreferences;
import app.convene.notifications.internal.UnsubscribeLinks;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The settings page saves each change at once, says a refusal or a conflict by its select; the unsubscribe page. */
@ConveneTest
class NotificationSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService persons;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Actor person() {
        String name = "View Person " + UUID.randomUUID().toString().substring(0, 8);
        return new Actor(Authorization.runAsSystem(() -> persons.registerKnown("view-" + UUID.randomUUID(), name,
                null)), name, false);
    }

    @Test
    void eachRowOffersItsKindsChoicesWithTheDefaultMarkedAndSavesAChangeAtOnce() {
        Actor me = person();
        SignIn.as(me);
        NotificationSettingsView view = navigate(NotificationSettingsView.class);

        assertThat(view.selects).hasSize(NoticeKind.values().length);
        Select<Delivery> comment = view.selects.get(NoticeKind.COMMENT);
        assertThat(comment.getLabel()).isEqualTo("Comments and replies");
        assertThat(comment.getHelperText()).contains("replied to your comment");
        assertThat(comment.getValue()).isEqualTo(Delivery.DAILY);
        assertThat(test(comment).getSuggestions()).containsExactly("In Convene only", "Mail at once",
                "Daily digest (default)", "Weekly digest", "Off");
        assertThat(test(view.selects.get(NoticeKind.REGISTRATION_WAITING)).getSuggestions())
                .as("a duty offers mail or a digest only")
                .containsExactly("Mail at once (default)", "Daily digest", "Weekly digest");

        test(comment).selectItem("Off");
        test(view.selects.get(NoticeKind.RSVP)).selectItem("Weekly digest");

        assertThat(comment.isInvalid()).isFalse();
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.OFF);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.RSVP)).isEqualTo(Delivery.WEEKLY);
        test(comment).selectItem("In Convene only");
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.COMMENT)).as("the second change of the row too")
                .isEqualTo(Delivery.APP);
    }

    @Test
    void aChangeMadeElsewhereMeanwhileIsSaidByTheSelectAndNothingElseIsLost() {
        Actor me = person();
        SignIn.as(me);
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        test(view.selects.get(NoticeKind.RSVP)).selectItem("Daily digest");
        settings.change(NoticeKind.MILESTONE, Delivery.WEEKLY, 0); // another tab

        Select<Delivery> milestone = view.selects.get(NoticeKind.MILESTONE);
        test(milestone).selectItem("Off");

        assertThat(milestone.isInvalid()).isTrue();
        assertThat(milestone.getErrorMessage()).contains("changed elsewhere");
        assertThat(milestone.getValue()).as("shows what is saved").isEqualTo(Delivery.WEEKLY);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.MILESTONE)).isEqualTo(Delivery.WEEKLY);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.RSVP)).isEqualTo(Delivery.DAILY);
        assertThat(view.selects.get(NoticeKind.RSVP).getValue()).isEqualTo(Delivery.DAILY);

        test(milestone).selectItem("Off");
        assertThat(milestone.isInvalid()).as("chosen again: saved").isFalse();
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.MILESTONE)).isEqualTo(Delivery.OFF);
    }

    @Test
    void theLanguageAndTheResetAreOnThePage() {
        Actor me = person();
        SignIn.as(me);
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        assertThat(view.language.getValue()).isEqualTo(ConveneI18NProvider.ENGLISH);
        test(view.selects.get(NoticeKind.NEW_RESOURCE)).selectItem("Off");

        test(view.language).selectItem("Español");
        test(view.reset).click();

        assertThat(settings.languageOf(me.personId())).isEqualTo(ConveneI18NProvider.SPANISH);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.NEW_RESOURCE)).isEqualTo(Delivery.WEEKLY);
        assertThat(view.selects.get(NoticeKind.NEW_RESOURCE).getValue()).isEqualTo(Delivery.WEEKLY);
    }

    @Test
    void theUnsubscribePageAsksFirstThenSaysWhatWasTurnedOffWithoutSigningIn() {
        Actor reader = person();
        String token = links.token(reader.personId(), NoticeKind.NEW_RESOURCE);
        SignIn.out();

        UnsubscribeView page = navigate("unsubscribe/" + token, UnsubscribeView.class);

        assertThat(page.message.getText()).contains("New resource in my workgroup", "Weekly digest");
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.NEW_RESOURCE)).isEqualTo(Delivery.WEEKLY);
        test(page.confirm).click();
        assertThat(page.message.getText()).contains("is turned off");
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.NEW_RESOURCE)).isEqualTo(Delivery.OFF);
    }

    @Test
    void anAlteredOrExpiredLinkGetsAClearPageAndChangesNothing() {
        Actor reader = person();
        String token = links.token(reader.personId(), NoticeKind.COMMENT);

        UnsubscribeView altered = navigate("unsubscribe/x" + token, UnsubscribeView.class);
        assertThat(altered.message.getText()).contains("not valid");
        assertThat(altered.confirm.isAttached()).isFalse();

        String old = ConveneClock.replaying(clock.instant().minus(Duration.ofDays(100)),
                () -> links.token(reader.personId(), NoticeKind.COMMENT));
        UnsubscribeView expired = navigate("unsubscribe/" + old, UnsubscribeView.class);
        assertThat(expired.message.getText()).contains("expired", "Comments and replies");
        assertThat(settings.preview(old)).isEqualTo(new Unsubscribe.Expired(NoticeKind.COMMENT));
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
    }
}
