package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.notifications.internal.NotificationPreferences;
import app.convene.notifications.internal.UnsubscribeLinks;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ConveneClock;
import app.convene.shared.SiteSettings;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Unsubscribe links: signed, for one person and kind, until they expire; followed without signing in, they turn
 * the kind off (a duty goes to the weekly digest) as that person, and the notices then honour it. Altered,
 * expired or unknown links change nothing.
 */
@ConveneTest
class UnsubscribeLinksTest {

    @Autowired
    UnsubscribeLinks links;
    @Autowired
    NotificationSettingsService settings;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NoticeService notices;
    @Autowired
    PersonService persons;
    @Autowired
    SiteSettings site;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    Actor reader;

    @BeforeEach
    void aReaderAndNobodySignedIn() {
        String name = "Unsubscriber " + UUID.randomUUID().toString().substring(0, 8);
        reader = new Actor(Authorization.runAsSystem(() -> persons.registerKnown("unsub-" + UUID.randomUUID(), name,
                null)), name, false);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_id = ? and action = ?", Integer.class,
                reader.personId(), action);
    }

    String token(NoticeKind kind) {
        String url = links.url(reader.personId(), kind).orElseThrow();
        assertThat(url).startsWith(site.publicUrl() + "/unsubscribe/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void aValidLinkTurnsTheKindOffWithoutSigningInAsThePersonAndNoticesHonourIt() {
        String token = token(NoticeKind.COMMENT);

        assertThat(settings.preview(token)).as("the page asks first: nothing changed yet")
                .isEqualTo(new Unsubscribe.Done(NoticeKind.COMMENT, Delivery.DAILY, Delivery.DAILY));
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);

        assertThat(settings.unsubscribe(token))
                .isEqualTo(new Unsubscribe.Done(NoticeKind.COMMENT, Delivery.DAILY, Delivery.OFF));

        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.OFF);
        assertThat(audited("notifications.unsubscribed")).as("audited as the person").isEqualTo(1);
        notices.notify(Notification.of(NoticeKind.COMMENT, reader.personId(), "my.new"));
        notices.notify(Notification.of(NoticeKind.RSVP, reader.personId(), "my.new"));
        assertThat(jdbc.queryForList("select kind from notice where person_id = ?", String.class, reader.personId()))
                .containsExactly("RSVP");

        assertThat(settings.unsubscribe(token)).as("again: nothing more to do")
                .isEqualTo(new Unsubscribe.Done(NoticeKind.COMMENT, Delivery.OFF, Delivery.OFF));
        assertThat(audited("notifications.unsubscribed")).isEqualTo(1);
    }

    @Test
    void aDutyGoesToTheWeeklyDigestInstead() {
        assertThat(settings.unsubscribe(token(NoticeKind.REGISTRATION_WAITING)))
                .isEqualTo(new Unsubscribe.Done(NoticeKind.REGISTRATION_WAITING, Delivery.MAIL, Delivery.WEEKLY));
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.REGISTRATION_WAITING))
                .isEqualTo(Delivery.WEEKLY);
    }

    @Test
    void anAlteredLinkChangesNothing() {
        String token = token(NoticeKind.COMMENT);
        String otherKind = token(NoticeKind.RSVP);
        int dot = token.indexOf('.');
        char last = token.charAt(token.length() - 1);
        String[] altered = {
                token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
                otherKind.substring(0, otherKind.indexOf('.')) + token.substring(dot), // RSVP's payload, COMMENT's signature
                token.substring(0, dot),
                token + ".x",
                "not-a-token",
                ""};
        for (String link : altered) {
            assertThat(settings.unsubscribe(link)).as(link).isEqualTo(new Unsubscribe.Invalid());
        }
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.RSVP)).isEqualTo(Delivery.MAIL);
        assertThat(audited("notifications.unsubscribed")).isZero();
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() {
        String token = token(NoticeKind.COMMENT);
        java.time.Instant later = clock.instant().plus(Duration.ofDays(91));

        Unsubscribe outcome = ConveneClock.replaying(later, () -> settings.unsubscribe(token));

        assertThat(outcome).isEqualTo(new Unsubscribe.Expired(NoticeKind.COMMENT));
        assertThat(preferences.deliveryFor(reader.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
        assertThat(ConveneClock.replaying(clock.instant().plus(Duration.ofDays(89)), () -> settings.preview(token)))
                .as("still valid the day before").isInstanceOf(Unsubscribe.Done.class);
    }

    @Test
    void aLinkForSomeoneConveneDoesNotKnowChangesNothing() {
        String token = links.token(Long.MAX_VALUE, NoticeKind.COMMENT);

        assertThat(settings.unsubscribe(token)).isEqualTo(new Unsubscribe.Invalid());
        assertThat(jdbc.queryForObject("select count(*) from notification_setting where person_id = ?", Integer.class,
                Long.MAX_VALUE)).isZero();
    }
}
