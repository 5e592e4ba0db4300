package app.convene.initiatives;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.database.PageReads;
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
 * header shows the viewer's roles in the initiative. A page made with {@link PageReads} is drawn in one read-only
 * transaction (decision 0078): finding the initiative, the check, {@link #enter} and the status banner; what the page
 * writes on opening goes in {@link #entered}, after it (decision 0082).
 */
public abstract class InitiativePage extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final InitiativeDirectory initiatives;
    /** The page's reads in one transaction; {@code null}: each service call begins its own. */
    private final PageReads pages;
    protected InitiativeRef initiative;

    protected InitiativePage(InitiativeDirectory initiatives) {
        this(initiatives, null);
    }

    /** A page drawn in one read-only transaction: {@link #enter} must not write (see {@link PageReads}). */
    protected InitiativePage(InitiativeDirectory initiatives, PageReads pages) {
        this.initiatives = initiatives;
        this.pages = pages;
        addClassName("cv-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        boolean drawn = pages == null ? draw(event) : pages.together(() -> draw(event));
        if (drawn) {
            entered();
        }
    }

    /**
     * Finds the initiative, checks the person may enter, draws the page; false when it was not drawn (an unknown
     * initiative, a refusal) or {@code enter} sent the person elsewhere (an error page, a reroute or a forward).
     */
    private boolean draw(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        initiative = initiatives.findBySlug(slug).orElse(null);
        if (initiative == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("notFound.initiative", slug));
            return false;
        }
        if (!mayEnter(initiative)) {
            event.rerouteToError(AccessDeniedException.class);
            return false;
        }
        enter(event);
        // Vaadin may reuse the view for another address: one banner, for this initiative's status.
        getChildren().filter(InitiativeStatusBanner.class::isInstance).toList().forEach(this::remove);
        InitiativeStatusBanner.of(initiatives.statusOf(initiative.id())).ifPresent(this::addComponentAsFirst);
        return !(event.hasErrorParameter() || event.hasRerouteTarget() || event.hasForwardTarget()
                || event.hasExternalForwardUrl());
    }

    /** Whether the signed-in person (or visitor) may see this page; the services check again. */
    protected abstract boolean mayEnter(InitiativeRef initiative);

    /** Renders the page for {@link #initiative}. */
    protected abstract void enter(BeforeEnterEvent event);

    /**
     * After the page is drawn (and its one read-only transaction, if any, has ended), when it was not rerouted: what
     * the page writes on opening (the draft editor's presence). Nothing by default.
     */
    protected void entered() {
    }

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
