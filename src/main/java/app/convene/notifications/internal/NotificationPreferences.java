package app.convene.notifications.internal;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import org.springframework.stereotype.Component;

/** How each kind of notice reaches a person: their choice, else the kind's default. */
@Component
public class NotificationPreferences {

    public Delivery deliveryFor(long personId, NoticeKind kind) {
        return kind.defaultDelivery();
    }
}
