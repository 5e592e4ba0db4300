package app.convene.shared.ui;

import app.convene.shared.database.DatabaseOutage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a page fails: no stack trace for the reader, an incident code they can quote, and
 * the full error in the server log under the same code.
 */
@ParentLayout(MainLayout.class)
public class ErrorView extends InternalServerError implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof AccessDeniedException denied) {
            // A service refused while the page was being prepared: the same page as any refusal.
            log.info("Refused while showing {}: {}", event.getLocation().getPath(), denied.getMessage());
            title = ErrorPages.deniedInto(this, event);
            return ErrorPages.deniedStatus();
        }
        String outage = DatabaseOutage.messageKey(parameter.getCaughtException());
        if (outage != null) {
            log.warn("Database out of reach or busy while showing {}: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            show(getTranslation(outage));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while showing {}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        show(getTranslation("error.text", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private void show(String text) {
        getElement().removeAllChildren();
        getElement().setAttribute("class", "cv-page cv-error");
        getElement().appendChild(
                new H1(getTranslation("error.title")).getElement(),
                new Paragraph(text).getElement(),
                new Anchor("", getTranslation("notFound.home")).getElement());
        title = ErrorPages.title(getTranslation("error.title"), this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
