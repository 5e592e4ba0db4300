package app.convene.library.ui;

import app.convene.library.LinkTarget;
import app.convene.library.ResourceLinkService;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The resource page's "Linked to" part: the goals, workgroups, convenings (pre-work) and recommendations
 * (evidence) the resource is linked to that the reader may see, each a link to its page; for curators an
 * "Unlink" per line and a picker of the initiative's other targets.
 */
class ResourceLinksPanel extends Section {

    private final ResourceLinkService links;
    private final long resourceId;
    private final String slug;
    private final Div content = new Div();

    final UnorderedList list = new UnorderedList();
    final ComboBox<LinkTarget> target = new ComboBox<>();
    final Button link = new Button();

    ResourceLinksPanel(ResourceLinkService links, long resourceId, String slug) {
        this.links = links;
        this.resourceId = resourceId;
        this.slug = slug;
        PageSection.titled(this, "resource-links", getTranslation("library.links"));
        list.setId("resource-links-list");
        target.setId("resource-link-target");
        target.setLabel(getTranslation("library.links.target"));
        target.setItemLabelGenerator(t -> getTranslation("library.links.option." + t.kind().name(), t.name()));
        target.setClearButtonVisible(true);
        FieldErrors.manual(target);
        link.setText(getTranslation("library.links.link"));
        link.setId("resource-link-add");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickListener(click -> linkChosen());
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        list.removeAll();
        boolean curator = links.mayLink(resourceId);
        List<LinkTarget> linked = links.links(resourceId);
        linked.forEach(t -> list.add(line(t, curator)));
        content.add(linked.isEmpty() ? new Paragraph(getTranslation("library.links.none")) : list);
        if (curator) {
            List<LinkTarget> options = links.options(resourceId);
            target.setItems(options);
            target.clear();
            FieldErrors.clear(target);
            if (!options.isEmpty()) {
                Div picker = new Div(target, link);
                picker.addClassName("cv-inline-form");
                content.add(picker);
            }
        }
    }

    private ListItem line(LinkTarget t, boolean curator) {
        Anchor page = new Anchor(LibraryAddresses.target(slug, t), t.name());
        ListItem line = new ListItem(new Span(getTranslation("library.links.kind." + t.kind().name()) + " "), page);
        if (curator) {
            Button unlink = new Button(getTranslation("library.links.unlink"), click -> {
                links.unlink(resourceId, t.kind(), t.id());
                Notices.success(getTranslation("library.links.unlinked", t.name()));
                refresh();
            });
            unlink.setId("resource-unlink-" + t.kind().name().toLowerCase() + "-" + t.id());
            unlink.setAriaLabel(getTranslation("library.links.unlinkNamed", t.name()));
            unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            line.add(unlink);
        }
        return line;
    }

    private void linkChosen() {
        LinkTarget chosen = target.getValue();
        if (chosen == null) {
            FieldErrors.show(target, getTranslation("library.links.choose"));
            return;
        }
        links.link(resourceId, chosen.kind(), chosen.id());
        Notices.success(getTranslation("library.links.linked", chosen.name()));
        refresh();
    }
}
