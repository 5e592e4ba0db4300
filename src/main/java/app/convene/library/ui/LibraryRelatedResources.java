package app.convene.library.ui;

import app.convene.library.LinkKind;
import app.convene.library.LinkedResource;
import app.convene.library.ResourceKind;
import app.convene.library.ResourceLinkService;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.RelatedResources;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Optional;

/**
 * What the library gives the goal display and the workgroup, convening and recommendation pages: the resources
 * linked to what they show ("Resources", "Pre-work", "Evidence"), only those the reader may see.
 */
@org.springframework.stereotype.Component
class LibraryRelatedResources implements RelatedResources {

    private final ResourceLinkService links;

    LibraryRelatedResources(ResourceLinkService links) {
        this.links = links;
    }

    @Override
    public Optional<Component> create(String targetKind, long targetId, int headingLevel) {
        LinkKind kind = LinkKind.valueOf(targetKind);
        List<LinkedResource> linked = links.linkedTo(kind, targetId);
        return linked.isEmpty() ? Optional.empty() : Optional.of(new Related(kind, targetId, linked, headingLevel));
    }

    @Override
    public Optional<Markup> markup(String targetKind, long targetId, int headingLevel) {
        LinkKind kind = LinkKind.valueOf(targetKind);
        List<LinkedResource> linked = links.linkedTo(kind, targetId);
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        String id = "related-resources-" + kind.name().toLowerCase() + "-" + targetId;
        String heading = "h" + Math.clamp(headingLevel, 2, 4);
        Markup html = new Markup().open("div", "id", id, "class", "cv-related-resources")
                .element(heading, I18NProvider.translate("library.related." + kind.name()), "id", id + "-heading")
                .open("ul", "aria-labelledby", id + "-heading");
        for (LinkedResource resource : linked) {
            html.open("li").link(LibraryAddresses.resource(resource.id()), resource.title())
                    .element("span", " · " + I18NProvider.translate(typeKey(resource))).close("li");
        }
        return Optional.of(html.close("ul").close("div"));
    }

    private static String typeKey(LinkedResource resource) {
        return resource.kind() == ResourceKind.LINK ? "library.kind.LINK" : "library.type." + resource.type().name();
    }

    private static final class Related extends Div {

        Related(LinkKind kind, long targetId, List<LinkedResource> linked, int headingLevel) {
            String id = "related-resources-" + kind.name().toLowerCase() + "-" + targetId;
            setId(id);
            addClassName("cv-related-resources");
            String text = getTranslation("library.related." + kind.name());
            Component heading = switch (headingLevel) {
                case 2 -> new H2(text);
                case 3 -> new H3(text);
                default -> new H4(text);
            };
            heading.setId(id + "-heading");
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-labelledby", id + "-heading");
            for (LinkedResource resource : linked) {
                Span type = new Span(" · " + getTranslation(typeKey(resource)));
                list.add(new ListItem(new Anchor(LibraryAddresses.resource(resource.id()), resource.title()), type));
            }
            add(heading, list);
        }
    }
}
