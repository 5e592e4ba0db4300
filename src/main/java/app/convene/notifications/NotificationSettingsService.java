package app.convene.notifications;

import app.convene.notifications.internal.NotificationSettingQueries;
import app.convene.notifications.internal.NotificationSettingQueries.Stored;
import app.convene.notifications.internal.UnsubscribeLinks;
import app.convene.security.Actor;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.security.PersonLanguages;
import app.convene.security.PersonService;
import app.convene.shared.ValidationError;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notification settings: how each kind of notice reaches them (in the app, mail at once, a daily
 * or weekly digest, or off; duties only by mail or digest), the language of their mail, and the one-click
 * unsubscribe links in that mail. Only the signed-in person reads and changes their own; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class NotificationSettingsService {

    private final NotificationSettingQueries settings;
    private final Authorization authorization;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonLanguages languages;
    private final PersonService persons;
    private final UnsubscribeLinks links;

    NotificationSettingsService(NotificationSettingQueries settings, Authorization authorization, AuditLog audit,
                                Clock clock, PersonLanguages languages, PersonService persons, UnsubscribeLinks links) {
        this.settings = settings;
        this.authorization = authorization;
        this.audit = audit;
        this.clock = clock;
        this.languages = languages;
        this.persons = persons;
        this.links = links;
    }

    /** Every kind of notice, in the order of {@link NoticeKind}, with how it reaches the signed-in person. */
    public List<NotificationSetting> mine() {
        Map<NoticeKind, Stored> stored = settings.of(me().personId());
        return Arrays.stream(NoticeKind.values()).map(kind -> setting(kind, stored.get(kind))).toList();
    }

    /**
     * Changes how one kind reaches the signed-in person (audited); the setting as it is now.
     *
     * @throws ValidationError ({@code delivery}) for a delivery the kind does not offer: a duty cannot be turned off
     *                         or kept in the app only ({@code notifications.error.duty})
     * @throws OptimisticLockingFailureException when the kind was changed since {@code expectedVersion} was read
     */
    @Transactional
    public NotificationSetting change(NoticeKind kind, Delivery delivery, long expectedVersion) {
        Actor me = me();
        if (kind == null || delivery == null) {
            throw new ValidationError("delivery", "notifications.error.choice");
        }
        if (!kind.choices().contains(delivery)) {
            throw new ValidationError("delivery", kind.duty() ? "notifications.error.duty" : "notifications.error.choice");
        }
        Delivery before = setting(kind, settings.of(me.personId()).get(kind)).delivery();
        long version = settings.store(me.personId(), kind, delivery, expectedVersion, clock.instant())
                .orElseThrow(() -> new OptimisticLockingFailureException(
                        "The setting for " + kind + " changed since it was read"));
        audit.record("notifications.changed", "person", me.personId(), null, kind + "=" + before, kind + "=" + delivery);
        return new NotificationSetting(kind, delivery, false, kind.choices(), version);
    }

    /** Every kind back to its default delivery for the signed-in person (audited when anything changed). */
    @Transactional
    public void resetMine() {
        Actor me = me();
        int changed = settings.reset(me.personId(), clock.instant());
        if (changed > 0) {
            audit.record("notifications.reset", "person", me.personId(), null, changed + " kinds chosen", "defaults");
        }
    }

    /** The language a person reads their mail in (their profile's choice; English when none), for mail to them. */
    public Locale languageOf(long personId) {
        return languages.of(personId);
    }

    /** The signed-in person's language. */
    public Locale myLanguage() {
        return languages.mine();
    }

    /** Changes the signed-in person's language (audited). */
    @Transactional
    public void changeMyLanguage(Locale language) {
        languages.changeMine(language);
    }

    /** What the unsubscribe link would do, changing nothing (the page before its button). */
    public Unsubscribe preview(String token) {
        return switch (links.read(token)) {
            case UnsubscribeLinks.Valid(long person, NoticeKind kind) -> persons.find(person)
                    .<Unsubscribe>map(p -> new Unsubscribe.Done(kind, current(person, kind), current(person, kind)))
                    .orElseGet(Unsubscribe.Invalid::new);
            case UnsubscribeLinks.Expired(long person, NoticeKind kind) -> new Unsubscribe.Expired(kind);
            case UnsubscribeLinks.Invalid() -> new Unsubscribe.Invalid();
        };
    }

    /**
     * Follows an unsubscribe link, signed in or not (the link is the proof): the kind is turned off for its person,
     * a duty goes to the weekly digest instead; audited as that person. An expired or altered link changes nothing.
     */
    @Transactional
    public Unsubscribe unsubscribe(String token) {
        if (!(links.read(token) instanceof UnsubscribeLinks.Valid(long person, NoticeKind kind))) {
            return preview(token);
        }
        return persons.find(person).<Unsubscribe>map(p -> {
            Delivery before = current(person, kind);
            Delivery after = kind.duty() ? Delivery.WEEKLY : Delivery.OFF;
            if (before != after) {
                settings.force(person, kind, after, clock.instant());
                audit.record(new Actor(person, p.name(), false), "notifications.unsubscribed", "person", person, null,
                        kind + "=" + before, kind + "=" + after);
            }
            return new Unsubscribe.Done(kind, before, after);
        }).orElseGet(Unsubscribe.Invalid::new);
    }

    private Delivery current(long person, NoticeKind kind) {
        return setting(kind, settings.of(person).get(kind)).delivery();
    }

    /** The setting in force: the stored choice when the kind allows it, else the default (marked so). */
    static NotificationSetting setting(NoticeKind kind, Stored stored) {
        Delivery chosen = stored == null ? null : stored.delivery();
        boolean usable = chosen != null && kind.choices().contains(chosen);
        return new NotificationSetting(kind, usable ? chosen : kind.defaultDelivery(), !usable, kind.choices(),
                stored == null ? 0 : stored.version());
    }

    private Actor me() {
        return authorization.currentActor().filter(a -> !a.isSystem())
                .orElseThrow(() -> new AccessDeniedException("Sign in to change your notification settings"));
    }
}
