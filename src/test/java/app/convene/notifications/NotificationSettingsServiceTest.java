package app.convene.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.notifications.internal.NotificationPreferences;
import app.convene.notifications.internal.ReaderLanguages;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.security.PersonService;
import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A person's notification settings and language: defaults, changes, duties, conflicts, reset, audit, own data. */
@ConveneTest
class NotificationSettingsServiceTest {

    @Autowired
    NotificationSettingsService settings;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    ReaderLanguages readerLanguages;
    @Autowired
    NoticeService notices;
    @Autowired
    PersonService persons;
    @Autowired
    app.convene.stakeholders.ProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;

    Actor me;

    @BeforeEach
    void signIn() {
        me = person("Settings Person");
        SignIn.as(me);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Actor person(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        return new Actor(Authorization.runAsSystem(() -> persons.registerKnown("settings-" + UUID.randomUUID(), unique,
                null)), unique, false);
    }

    int notices(Actor person, NoticeKind kind) {
        return jdbc.queryForObject("select count(*) from notice where person_id = ? and kind = ?", Integer.class,
                person.personId(), kind.name());
    }

    int audited(Actor person, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_id = ? and action = ?", Integer.class,
                person.personId(), action);
    }

    @Test
    void everyKindStartsAtItsDefaultMarkedSo() {
        assertThat(settings.mine()).hasSize(NoticeKind.values().length).allSatisfy(setting -> {
            assertThat(setting.delivery()).isEqualTo(setting.kind().defaultDelivery());
            assertThat(setting.isDefault()).isTrue();
            assertThat(setting.version()).isZero();
        });
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
    }

    @Test
    void aChangeIsKeptAuditedAndHonouredByNotify() {
        NotificationSetting off = settings.change(NoticeKind.COMMENT, Delivery.OFF, 0);

        assertThat(off.version()).isEqualTo(1);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.OFF);
        assertThat(settings.mine()).filteredOn(s -> s.kind() == NoticeKind.COMMENT).singleElement()
                .satisfies(s -> assertThat(s.delivery()).isEqualTo(Delivery.OFF))
                .satisfies(s -> assertThat(s.isDefault()).isFalse());
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.RSVP)).as("other kinds keep their default")
                .isEqualTo(Delivery.MAIL);
        assertThat(audited(me, "notifications.changed")).isEqualTo(1);

        notices.notify(Notification.of(NoticeKind.COMMENT, me.personId(), "my.new"));
        notices.notify(Notification.of(NoticeKind.RSVP, me.personId(), "my.new"));
        assertThat(notices(me, NoticeKind.COMMENT)).as("off: no notice at all").isZero();
        assertThat(notices(me, NoticeKind.RSVP)).isEqualTo(1);

        settings.change(NoticeKind.COMMENT, Delivery.APP, off.version());
        notices.notify(Notification.of(NoticeKind.COMMENT, me.personId(), "my.new"));
        assertThat(notices(me, NoticeKind.COMMENT)).isEqualTo(1);
    }

    @Test
    void aDutyRefusesOffAndAppOnlyByTheField() {
        for (Delivery refused : new Delivery[] {Delivery.OFF, Delivery.APP}) {
            assertThatThrownBy(() -> settings.change(NoticeKind.REGISTRATION_WAITING, refused, 0))
                    .isInstanceOfSatisfying(ValidationError.class, e -> {
                        assertThat(e.field()).isEqualTo("delivery");
                        assertThat(e.messageKey()).isEqualTo("notifications.error.duty");
                    });
        }
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.REGISTRATION_WAITING)).isEqualTo(Delivery.MAIL);
        assertThat(audited(me, "notifications.changed")).isZero();

        settings.change(NoticeKind.REGISTRATION_WAITING, Delivery.WEEKLY, 0);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.REGISTRATION_WAITING)).isEqualTo(Delivery.WEEKLY);
    }

    @Test
    void aStaleVersionNeverOverwritesTheNewerChoice() {
        settings.change(NoticeKind.MILESTONE, Delivery.DAILY, 0);

        assertThatThrownBy(() -> settings.change(NoticeKind.MILESTONE, Delivery.OFF, 0))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> settings.change(NoticeKind.MILESTONE, Delivery.OFF, 7))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.MILESTONE)).isEqualTo(Delivery.DAILY);
        settings.change(NoticeKind.MILESTONE, Delivery.OFF, 1);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.MILESTONE)).isEqualTo(Delivery.OFF);
    }

    @Test
    void resetBringsEveryKindBackToItsDefaultAndAStalePageCannotUndoIt() {
        settings.change(NoticeKind.MILESTONE, Delivery.OFF, 0);
        settings.change(NoticeKind.NEW_RESOURCE, Delivery.MAIL, 0);

        settings.resetMine();

        assertThat(settings.mine()).allSatisfy(s -> assertThat(s.isDefault()).isTrue());
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.MILESTONE)).isEqualTo(Delivery.MAIL);
        assertThat(audited(me, "notifications.reset")).isEqualTo(1);
        assertThatThrownBy(() -> settings.change(NoticeKind.MILESTONE, Delivery.OFF, 1))
                .as("the page read before the reset").isInstanceOf(OptimisticLockingFailureException.class);
        settings.resetMine();
        assertThat(audited(me, "notifications.reset")).as("nothing to reset: nothing audited").isEqualTo(1);
    }

    @Test
    void eachPersonSeesAndChangesOnlyTheirOwn() {
        settings.change(NoticeKind.COMMENT, Delivery.OFF, 0);
        Actor other = person("Other Person");
        SignIn.as(other);

        assertThat(settings.mine()).allSatisfy(s -> assertThat(s.isDefault()).isTrue());
        assertThat(preferences.deliveryFor(other.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.DAILY);
        assertThat(preferences.deliveryFor(me.personId(), NoticeKind.COMMENT)).isEqualTo(Delivery.OFF);
    }

    @Test
    void visitorsAndTheSystemHaveNoSettings() {
        SignIn.out();
        assertThatThrownBy(() -> settings.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.change(NoticeKind.COMMENT, Delivery.OFF, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.resetMine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.changeMyLanguage(ConveneI18NProvider.SPANISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> settings.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLanguageChosenIsTheReadersLanguage() {
        assertThat(settings.myLanguage()).as("never chosen: English").isEqualTo(ConveneI18NProvider.ENGLISH);
        assertThat(readerLanguages.of(me.personId())).isEqualTo(ConveneI18NProvider.ENGLISH);

        settings.changeMyLanguage(ConveneI18NProvider.SPANISH);

        assertThat(settings.myLanguage()).isEqualTo(ConveneI18NProvider.SPANISH);
        assertThat(readerLanguages.of(me.personId())).isEqualTo(ConveneI18NProvider.SPANISH);
        assertThat(settings.languageOf(me.personId())).isEqualTo(ConveneI18NProvider.SPANISH);
        assertThat(audited(me, "person.language")).isEqualTo(1);
        assertThatThrownBy(() -> settings.changeMyLanguage(Locale.FRENCH))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThat(readerLanguages.of(me.personId())).isEqualTo(ConveneI18NProvider.SPANISH);
    }

    @Test
    void theOwnDataDownloadHoldsTheSettingsAndTheLanguage() throws Exception {
        settings.change(NoticeKind.NEW_RESOURCE, Delivery.OFF, 0);
        settings.changeMyLanguage(ConveneI18NProvider.SPANISH);

        tools.jackson.databind.JsonNode data = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(profiles.myData());

        tools.jackson.databind.JsonNode kinds = data.path("notificationSettings");
        assertThat(kinds).hasSize(NoticeKind.values().length);
        for (tools.jackson.databind.JsonNode kind : kinds) {
            if (kind.path("kind").asString().equals("NEW_RESOURCE")) {
                assertThat(kind.path("delivery").asString()).isEqualTo("OFF");
                assertThat(kind.path("chosen").asBoolean()).isTrue();
            } else {
                assertThat(kind.path("chosen").asBoolean()).isFalse();
            }
        }
        assertThat(data.path("language").get(0).path("language").asString()).isEqualTo("es");
    }
}
