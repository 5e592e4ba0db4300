package app.convene.library.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.library.ExtractionStatus;
import app.convene.library.LibraryTag;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceDetails;
import app.convene.library.ResourceItem;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceLinkService;
import app.convene.library.ResourceService;
import app.convene.library.VersionItem;
import app.convene.search.Extraction;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeScoped;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.RouteIds;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One resource: its details, tags and every version (who, when, note, a download link each). A resource the
 * reader may not see is "not found", like one that does not exist.
 */
@Route(value = "library/:id", layout = MainLayout.class)
@AnonymousAllowed
class ResourceView extends Div implements BeforeEnterObserver, HasDynamicTitle, InitiativeScoped {

    private final ResourceService resources;
    private final LibraryTagService libraryTags;
    private final InitiativeDirectory initiatives;
    private final DateTimes dates;
    private final ResourceLinkService links;
    private ResourceDetails details;
    private InitiativeContext initiative;

    final UnorderedList versions = new UnorderedList();
    final UnorderedList tags = new UnorderedList();
    ResourceActions actions;
    ResourceLinksPanel linksPanel;

    ResourceView(ResourceService resources, LibraryTagService libraryTags, InitiativeDirectory initiatives,
                 DateTimes dates, ResourceLinkService links) {
        this.links = links;
        this.resources = resources;
        this.libraryTags = libraryTags;
        this.initiatives = initiatives;
        this.dates = dates;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = resources.get(RouteIds.id(event, "id").orElseThrow());
            InitiativeRef ref = initiatives.findById(details.resource().initiativeId()).orElseThrow();
            initiative = new InitiativeContext(ref.id(), ref.slug(), ref.name());
        } catch (NoSuchElementException | AccessDeniedException e) {
            details = null;
            initiative = null;
            event.rerouteToError(NotFoundException.class, getTranslation("library.notFound"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        ResourceItem item = details.resource();
        Nav breadcrumb = new Nav(new Anchor(initiative.path(), initiative.name()),
                new Anchor(LibraryAddresses.library(initiative.slug()), getTranslation("library.page.title")));
        breadcrumb.addClassName("cv-breadcrumb");
        breadcrumb.setAriaLabel(getTranslation("initiative.breadcrumb"));
        add(breadcrumb, new H1(item.title()));
        if (item.description() != null && !item.description().isBlank()) {
            add(new Paragraph(item.description()));
        }
        add(new Paragraph(String.join(" · ", getTranslation("library.type." + item.type().name()),
                getTranslation("library.language." + item.language().name()),
                getTranslation("library.visibility." + item.visibility().name()))));
        if (item.kind() == ResourceKind.LINK) {
            Anchor link = new Anchor(item.url(), item.url());
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            link.setId("resource-link");
            add(new Paragraph(link));
        }
        // Vaadin reuses this view between resources: both lists start empty each time.
        tags.removeAll();
        versions.removeAll();
        for (LibraryTag tag : details.tags()) {
            tags.add(new ListItem(tag.name()));
        }
        add(new H2(getTranslation("library.tags")));
        add(details.tags().isEmpty() ? new Paragraph(getTranslation("library.tags.none")) : tags);
        if (item.kind() == ResourceKind.FILE) {
            details.versions().forEach(version -> versions.add(version(version)));
            add(new H2(getTranslation("library.versions")), versions);
        }
        linksPanel = new ResourceLinksPanel(links, item.id(), initiative.slug());
        add(linksPanel);
        actions = details.mayChange() ? new ResourceActions(details, libraryTags.tags(item.initiativeId()), resources,
                this::reload, () -> getUI().ifPresent(ui -> ui.navigate(LibraryAddresses.library(initiative.slug()))))
                : null;
        if (actions != null) {
            add(actions);
        }
    }

    /** Shows the resource as it is now (after a new version or an edit). */
    void reload() {
        details = resources.get(details.resource().id());
        render();
    }

    private ListItem version(VersionItem version) {
        Anchor download = new Anchor(LibraryAddresses.file(version.id()),
                getTranslation("library.version.download", version.number(), version.fileName()));
        download.setId("version-download-" + version.number());
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        String who = version.uploadedBy() == null ? getTranslation("library.version.someone") : version.uploadedBy();
        ListItem line = new ListItem(download, new Paragraph(getTranslation("library.version.by", who,
                dates.dateTime(version.uploadedAt(), getLocale()), extraction(version))));
        if (version.note() != null && !version.note().isBlank()) {
            line.add(new Paragraph(version.note()));
        }
        return line;
    }

    /** Pending, indexed, or "Text could not be read: the file is encrypted" (the reason named when known). */
    String extraction(VersionItem version) {
        String status = getTranslation("library.extraction." + version.extraction().name());
        if (version.extraction() != ExtractionStatus.FAILED || version.extractionReason() == null) {
            return status;
        }
        boolean known = Arrays.stream(Extraction.Failure.values())
                .anyMatch(failure -> failure.name().equals(version.extractionReason()));
        return getTranslation("library.extraction.failedBecause", status, getTranslation("library.extraction.reason."
                + (known ? version.extractionReason() : "OTHER")));
    }

    @Override
    public Long initiativeId() {
        return initiative == null ? null : initiative.id();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.resource().title() + " · ") + getTranslation("app.name");
    }
}
