package app.convene.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;

/** The content of the refusal page, shared by the views that show it. */
final class ErrorPages {

    private ErrorPages() {
    }

    static int denied(Div page, BeforeEnterEvent event) {
        page.removeAll();
        page.addClassName("cv-page");
        page.add(new H1(page.getTranslation("denied.title")), new Paragraph(page.getTranslation("denied.text")),
                new Anchor("", page.getTranslation("notFound.home")));
        event.getUI().getPage().setTitle(page.getTranslation("denied.title") + " · " + page.getTranslation("app.name"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
