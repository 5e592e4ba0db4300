package app.convene.notifications.internal;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import org.springframework.stereotype.Component;

/**
 * How each kind of notice reaches a person: their choice, else the kind's default. One lookup by the
 * table's primary key per notice. A stored choice the kind no longer allows (a kind that became a duty)
 * counts as the default.
 */
@Component
public class NotificationPreferences {

    private final NotificationSettingQueries settings;

    NotificationPreferences(NotificationSettingQueries settings) {
        this.settings = settings;
    }

    public Delivery deliveryFor(long personId, NoticeKind kind) {
        return settings.chosen(personId, kind).filter(kind.choices()::contains).orElse(kind.defaultDelivery());
    }
}
