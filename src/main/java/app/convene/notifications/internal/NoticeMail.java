package app.convene.notifications.internal;

import app.convene.notifications.Notification;
import org.springframework.stereotype.Component;

/** Mails a notice at once, after the commit of the change that left it. */
@Component
public class NoticeMail {

    /** Called inside the transaction that saved the notice. */
    public void mailAtOnce(Notice notice, Notification notification) {
        // The modules still mail their notices themselves until the delivery is built here.
    }
}
