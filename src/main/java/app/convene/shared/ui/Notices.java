package app.convene.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short messages a page shows after an action: one look and one duration everywhere. */
public final class Notices {

    private static final int SHOWN_FOR_MS = 5000;

    private Notices() {
    }

    /** Something was done as asked (already translated text). */
    public static Notification success(String text) {
        Notification notification = Notification.show(text, SHOWN_FOR_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Something could not be done (already translated text). */
    public static Notification error(String text) {
        Notification notification = Notification.show(text, SHOWN_FOR_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
