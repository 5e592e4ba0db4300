package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The content of the refusal page, shared by the views that show it. A signed-out reader is
 * offered the way in; after signing in they come back to the page they asked for.
 */
final class ErrorPages {

    /** Spring Security's start of the Keycloak sign-in (see the security module's configuration). */
    static final String SIGN_IN_URL = "/oauth2/authorization/keycloak";

    private ErrorPages() {
    }

    /** Replaces the content of an error view with the refusal page; returns its title. */
    static String deniedInto(Component host, BeforeEnterEvent event) {
        Div page = new Div();
        host.getElement().removeAllChildren();
        host.getElement().appendChild(page.getElement());
        return denied(page, event);
    }

    /** Renders the refusal page into {@code page}; returns its title. */
    static String denied(Div page, BeforeEnterEvent event) {
        page.removeAll();
        page.addClassName("cv-page");
        page.addClassName("cv-denied");
        page.add(new H1(page.getTranslation("denied.title")));
        if (signedIn()) {
            page.add(new Paragraph(page.getTranslation("denied.text")));
        } else {
            Anchor signIn = new Anchor(SIGN_IN_URL, page.getTranslation("denied.signIn"));
            signIn.setRouterIgnore(true);
            signIn.addClassName("cv-denied-sign-in");
            page.add(new Paragraph(page.getTranslation("denied.signedOut")), new Paragraph(signIn));
            comeBackAfterSignIn(event);
        }
        page.add(new Anchor("", page.getTranslation("notFound.home")));
        return title(page.getTranslation("denied.title"), page);
    }

    /**
     * Where the sign-in returns to: this page. Vaadin's access control stores it too, but builds it
     * wrongly when the page is rendered in the first response (eager server load).
     */
    private static void comeBackAfterSignIn(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            // Always a path on this site: never "//elsewhere" (no open redirect).
            String here = event.getLocation().getPathWithQueryParameters().replaceFirst("^[/\\\\]+", "");
            session.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, "/" + here);
        }
    }

    static int deniedStatus() {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static String title(String pageTitle, Component page) {
        return pageTitle + " · " + page.getTranslation("app.name");
    }

    static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /**
     * Whether a "not found" really means "sign in first": Vaadin's navigation access control answers
     * a signed-out reader of a page that needs sign-in with not-found. Such a page is one whose
     * address names a view that a signed-out reader may not open.
     */
    static boolean needsSignIn(BeforeEnterEvent event) {
        if (signedIn()) {
            return false;
        }
        return RouteConfiguration.forRegistry(event.getSource().getRegistry())
                .getRoute(event.getLocation().getPath())
                .map(view -> !new AccessAnnotationChecker().hasAccess(view, null, role -> false))
                .orElse(false);
    }
}
