package app.convene.notifications;

import java.util.Set;

/**
 * One kind of notice as a person's settings show it: how it reaches them now, whether that is the kind's
 * default (they never chose, or reset), the deliveries they may choose, and the version to change it from.
 */
public record NotificationSetting(NoticeKind kind, Delivery delivery, boolean isDefault, Set<Delivery> choices,
                                  long version) {
}
