/**
 * Notifications: the notices Convene leaves for a person, how each kind reaches them (their settings:
 * in the app, mail at once, a daily or weekly digest, or off), mail in the reader's language sent after
 * the commit and never lost, unsubscribe links, and the notices page. Feature modules ask for a notice
 * with {@link app.convene.notifications.NoticeService#notify(app.convene.notifications.Notification)}.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"initiatives", "security", "shared"})
package app.convene.notifications;

import org.springframework.modulith.ApplicationModule;
