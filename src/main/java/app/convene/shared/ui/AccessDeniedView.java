package app.convene.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a signed-in person opens a page their roles do not allow. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("cv-page");
        add(new H1(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")),
                new Anchor("", getTranslation("notFound.home")));
        event.getUI().getPage().setTitle(getTranslation("denied.title") + " · " + getTranslation("app.name"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
