package app.convene.stakeholders.ui;

import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PagedList;
import app.convene.shared.ui.RouteIds;
import app.convene.stakeholders.DirectoryEntry;
import app.convene.stakeholders.DirectoryFilter;
import app.convene.stakeholders.DirectoryService;
import app.convene.stakeholders.OrganizationProfile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** An organization's page within an initiative: what it is, and its people who are listed here. */
@Route(value = "initiatives/:slug/organizations/:organizationId", layout = MainLayout.class)
@PermitAll
class OrganizationView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final InitiativeDirectory initiatives;
    private final DirectoryService directory;
    private final Authorization authorization;
    private InitiativeRef initiative;
    private String title = "";

    OrganizationView(InitiativeDirectory initiatives, DirectoryService directory,
                     Authorization authorization) {
        this.initiatives = initiatives;
        this.directory = directory;
        this.authorization = authorization;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        initiative = initiatives.findBySlug(slug).orElse(null);
        Optional<Long> organizationId = RouteIds.id(event, "organizationId");
        if (initiative == null || organizationId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!authorization.can(Action.VIEW_DIRECTORY, initiative.id())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        Optional<OrganizationProfile> profile = directory.organization(initiative.id(), organizationId.get());
        if (profile.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(profile.get());
    }

    private void render(OrganizationProfile organization) {
        removeAll();
        title = organization.displayName();
        Nav breadcrumb = new Nav(new Anchor(StakeholderAddresses.directory(initiative.slug()),
                getTranslation("directory.title")));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        DescriptionList facts = new DescriptionList();
        fact(facts, "organization.typeLabel", getTranslation("organization.type." + organization.type().name()));
        if (organization.sector() != null) {
            fact(facts, "common.sector", getTranslation("sector." + organization.sector().name()));
        }
        fact(facts, "common.county", organization.county());
        fact(facts, "common.region", organization.region());
        Div details = new Div(facts);
        details.addClassName("cv-detail");
        add(breadcrumb, new H1(organization.displayName()), details,
                new H2(getTranslation("organization.people", organization.listedPeople(), initiative.name())));
        if (organization.listedPeople() > 0) {
            add(new PagedList<>(page -> directory.directory(initiative.id(),
                    new DirectoryFilter(null, null, null, organization.id()), page), this::person, 24,
                    getTranslation("organization.morePeople")));
        }
    }

    private Component person(DirectoryEntry entry) {
        Span name = new Span(entry.name());
        name.addClassName("cv-partner-name");
        Div card = new Div(name);
        card.addClassName("cv-partner");
        if (entry.title() != null) {
            card.add(new Span(entry.title()));
        }
        return card;
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    @Override
    public Long initiativeId() {
        return initiative == null ? null : initiative.id();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
