package app.convene.library.ui;

import app.convene.library.ResourceItem;
import app.convene.library.ResourceService;
import app.convene.shared.ui.InitiativeContext;
import app.convene.shared.ui.InitiativeSection;
import app.convene.shared.ui.Markup;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;

/** The newest resources the reader may see on the initiative's page, with a link to the whole library (only when there are any). */
@org.springframework.stereotype.Component
class LibrarySection implements InitiativeSection {

    static final int LATEST = 5;

    private final ResourceService resources;

    LibrarySection(ResourceService resources) {
        this.resources = resources;
    }

    @Override
    public int order() {
        return RESOURCES;
    }

    @Override
    public Optional<Component> create(InitiativeContext initiative) {
        List<ResourceItem> latest = resources.list(initiative.id(), 0, LATEST);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Latest(initiative, latest, resources.count(initiative.id())));
    }

    private static final class Latest extends Section {

        Latest(InitiativeContext initiative, List<ResourceItem> latest, int total) {
            PageSection.titled(this, "resources", getTranslation("library.section.title"));
            // Read-only: written as markup, one state node (decision 55).
            Markup html = new Markup();
            for (ResourceItem item : latest) {
                html.open("li").link(LibraryAddresses.resource(item.id()), item.title())
                        .element("span", " · " + getTranslation("library.type." + item.type().name())).close("li");
            }
            Markup.StaticHtml list = html.in("ul");
            list.setId("resources-latest");
            add(list, new Markup().link(LibraryAddresses.library(initiative.slug()),
                    getTranslation("library.section.all", total), "id", "resources-library").in("div"));
        }
    }
}
