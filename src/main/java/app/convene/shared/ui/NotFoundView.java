package app.convene.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for any address that names nothing: a friendly page with the HTTP status 404. A signed-out
 * reader of a page that needs sign-in gets the refusal page with a sign-in link instead (403).
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (ErrorPages.needsSignIn(event)) {
            title = ErrorPages.deniedInto(this, event);
            return ErrorPages.deniedStatus();
        }
        getElement().removeAllChildren();
        getElement().setAttribute("class", "cv-page cv-not-found");
        getElement().appendChild(new H1(getTranslation("notFound.title")).getElement(),
                new Paragraph(getTranslation("notFound.text")).getElement(),
                new Anchor("", getTranslation("notFound.home")).getElement());
        title = ErrorPages.title(getTranslation("notFound.title"), this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
