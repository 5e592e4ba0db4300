package app.convene.notifications;

/** How a kind of notice reaches a person. Every delivery but {@link #OFF} also shows the notice in the app. */
public enum Delivery {
    /** In the app only. */
    APP,
    /** In the app and by mail at once. */
    MAIL,
    /** In the app, and in one mail a day with the others. */
    DAILY,
    /** In the app, and in one mail a week with the others. */
    WEEKLY,
    /** Not at all. */
    OFF
}
