package app.convene.convenings.ui;

import app.convene.convenings.ConveningAccess;
import app.convene.convenings.ConveningItem;
import app.convene.convenings.ConveningService;
import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.RelatedResources;
import app.convene.shared.ui.RouteIds;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * A convening's page: public when the convening is, "not found" to anyone who may not see it. The parts
 * (details, agenda, RSVP, calendar…) come from the module's pieces, in their order.
 */
@Route(value = "convenings/:id", layout = MainLayout.class)
@AnonymousAllowed
class ConveningView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final ConveningService convenings;
    private final ConveningAccess access;
    private final InitiativeDirectory initiatives;
    private final List<ConveningPart> parts;
    private final List<RelatedResources> related;
    private ConveningItem convening;

    ConveningView(ConveningService convenings, ConveningAccess access, InitiativeDirectory initiatives,
                  List<ConveningPart> parts, List<RelatedResources> related) {
        this.related = related;
        this.convenings = convenings;
        this.access = access;
        this.initiatives = initiatives;
        this.parts = parts.stream().sorted(Comparator.comparingInt(ConveningPart::order)).toList();
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        convening = null;
        long id = RouteIds.id(event, "id").orElse(0L);
        if (id == 0 || !access.maySee(id)) {
            event.rerouteToError(NotFoundException.class, getTranslation("convening.notFound"));
            return;
        }
        convening = convenings.get(id);
        InitiativeRef initiative = initiatives.findById(convening.initiativeId()).orElseThrow();
        Nav breadcrumb = new Nav(new Anchor(InitiativeAddresses.of(initiative.slug()), initiative.name()));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        H1 title = new H1(convening.title());
        title.setId("convening-heading");
        add(breadcrumb, title);
        for (ConveningPart part : parts) {
            part.create(id).ifPresent(this::add);
        }
        RelatedResources.of(related, RelatedResources.CONVENING, id, 2).ifPresent(this::add);
    }

    @Override
    public Long initiativeId() {
        return convening == null ? null : convening.initiativeId();
    }

    @Override
    public String getPageTitle() {
        return (convening == null ? "" : convening.title() + " · ") + getTranslation("app.name");
    }
}
