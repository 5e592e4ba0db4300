package app.convene.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The messages Vaadin shows when the page can no longer talk to the server, in the person's
 * language. A request without the session cookie (the session ended, cookies were cleared) is
 * reported by Vaadin as "cookies disabled"; nearly always the session ended, so both say so. With
 * no address set, clicking the message reloads the page, which signs in again and comes back.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    SessionMessages(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    CustomizedSystemMessages messages(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        String caption = i18n.getTranslation("session.ended.caption", language);
        String message = i18n.getTranslation("session.ended.message", language);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(caption);
        messages.setSessionExpiredMessage(message);
        messages.setCookiesDisabledNotificationEnabled(true);
        messages.setCookiesDisabledCaption(caption);
        messages.setCookiesDisabledMessage(message);
        messages.setInternalErrorNotificationEnabled(true);
        messages.setInternalErrorCaption(i18n.getTranslation("session.internalError.caption", language));
        messages.setInternalErrorMessage(i18n.getTranslation("session.internalError.message", language));
        return messages;
    }
}
