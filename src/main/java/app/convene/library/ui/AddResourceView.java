package app.convene.library.ui;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativeDirectory.InitiativeRef;
import app.convene.initiatives.InitiativePage;
import app.convene.library.LibraryPlace;
import app.convene.library.LibraryPlaces;
import app.convene.library.LibraryTagService;
import app.convene.library.ResourceService;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** "Add a resource" to an initiative's library, for whoever may add to it or to one of its workgroups. */
@Route(value = "initiatives/:slug/library/new", layout = MainLayout.class)
@PermitAll
class AddResourceView extends InitiativePage {

    private final LibraryPlaces places;
    private final LibraryTagService tags;
    private final ResourceService resources;
    private List<LibraryPlace> allowed = List.of();
    AddResourceForm form;

    AddResourceView(InitiativeDirectory initiatives, LibraryPlaces places, LibraryTagService tags,
                    ResourceService resources) {
        super(initiatives);
        this.places = places;
        this.tags = tags;
        this.resources = resources;
    }

    @Override
    protected boolean mayEnter(InitiativeRef initiative) {
        allowed = places.forAdding(initiative.id());
        return !allowed.isEmpty();
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        form = new AddResourceForm(initiative.id(), allowed, tags.tags(initiative.id()), resources,
                id -> getUI().ifPresent(ui -> ui.navigate(LibraryAddresses.resource(id))));
        add(breadcrumb(LibraryAddresses.library(initiative.slug()), getTranslation("library.page.title")),
                new H1(getTranslation("library.add.title")), new Paragraph(getTranslation("library.add.intro")), form);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("library.add.title");
    }
}
