package app.convene.shared.ui;

import app.convene.shared.database.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action fails after the page is shown (a button, a save): a clear
 * notice, never a stack trace. A refusal says so; a concurrent change says so; a database out of reach
 * (a restart, a dropped connection) says so and that nothing was saved; anything else gets an incident
 * code that the server log shares, but a client that went away before its answer was written (nobody to tell).
 */
@Component
class ConveneErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ConveneErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ConveneErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        if (clientGone(event.getThrowable())) {
            // The browser closed the connection before its answer was written (a tab closed, a time-out of its own):
            // nobody to tell and nothing wrong on the server, so no incident (seen under the load harness's saturation).
            log.debug("Client gone before its answer: {}", cause.toString());
            return;
        }
        UI ui = UI.getCurrent();
        String message;
        String outage = DatabaseOutage.messageKey(event.getThrowable());
        if (outage != null) {
            log.warn("Database out of reach or busy: {}", cause.toString());
            message = ui == null ? null : ui.getTranslation(outage);
        } else if (cause instanceof AccessDeniedException) {
            log.info("Refused: {}", cause.getMessage());
            message = ui == null ? null : ui.getTranslation("error.notAllowed");
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = ui == null ? null : ui.getTranslation("error.concurrentChange");
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {}", incident, event.getThrowable());
            message = ui == null ? null : ui.getTranslation("error.text", incident);
        }
        if (ui != null && message != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Whether writing the answer failed because the client had gone (Tomcat's {@link ClientAbortException}). */
    static boolean clientGone(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof ClientAbortException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof AccessDeniedException)
                && !(current instanceof OptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
