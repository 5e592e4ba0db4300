package app.convene.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for any address that names nothing: a friendly page with the HTTP status 404. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().setAttribute("class", "cv-page cv-not-found");
        H1 title = new H1(getTranslation("notFound.title"));
        Paragraph text = new Paragraph(getTranslation("notFound.text"));
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        getElement().appendChild(title.getElement(), text.getElement(), home.getElement());
        event.getUI().getPage().setTitle(getTranslation("notFound.title") + " · " + getTranslation("app.name"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
