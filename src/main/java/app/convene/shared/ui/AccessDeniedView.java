package app.convene.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * Shown when a person opens a page their roles do not allow: Vaadin's navigation access control
 * and views that ask {@code Authorization} before rendering reroute here. HTTP status 403; a
 * signed-out reader gets a sign-in link.
 */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        title = ErrorPages.denied(this, event);
        return ErrorPages.deniedStatus();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
