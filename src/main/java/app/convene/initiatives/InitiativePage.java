package app.convene.initiatives;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.ui.InitiativeScoped;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page of one initiative, at {@code initiatives/:slug/...}: an unknown address shows the
 * not-found page, a person whose roles do not allow the page sees the refusal page, and the
 * header shows the viewer's roles in the initiative.
 */
public abstract class InitiativePage extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final InitiativeDirectory initiatives;
    protected InitiativeRef initiative;

    protected InitiativePage(InitiativeDirectory initiatives) {
        this.initiatives = initiatives;
        addClassName("cv-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        initiative = initiatives.findBySlug(slug).orElse(null);
        if (initiative == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("notFound.initiative", slug));
            return;
        }
        if (!mayEnter(initiative)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        enter(event);
        // Vaadin may reuse the view for another address: one banner, for this initiative's status.
        getChildren().filter(InitiativeStatusBanner.class::isInstance).toList().forEach(this::remove);
        InitiativeStatusBanner.of(initiatives.statusOf(initiative.id())).ifPresent(this::addComponentAsFirst);
    }

    /** Whether the signed-in person (or visitor) may see this page; the services check again. */
    protected abstract boolean mayEnter(InitiativeRef initiative);

    /** Renders the page for {@link #initiative}. */
    protected abstract void enter(BeforeEnterEvent event);

    /** The page's own title, without the application's name. */
    protected abstract String pageTitle();

    /** A "back to" link as a labelled breadcrumb. */
    protected Nav breadcrumb(String href, String text) {
        Nav breadcrumb = new Nav(new Anchor(href, text));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        return breadcrumb;
    }

    protected String initiativePath() {
        return "initiatives/" + initiative.slug();
    }

    @Override
    public Long initiativeId() {
        return initiative == null ? null : initiative.id();
    }

    @Override
    public String getPageTitle() {
        return (initiative == null ? "" : pageTitle() + " · ") + getTranslation("app.name");
    }
}
