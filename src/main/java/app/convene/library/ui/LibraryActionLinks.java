package app.convene.library.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The library page's links for those who may add resources ("Add a resource") or keep the topics (coordinators). */
class LibraryActionLinks extends Div {

    final Anchor add;
    final Anchor tags;

    LibraryActionLinks(String slug, boolean mayAdd, boolean mayManageTags) {
        addClassName("cv-buttons");
        add = new Anchor(LibraryAddresses.add(slug), getTranslation("library.add.title"));
        add.setId("library-add");
        add.setVisible(mayAdd);
        tags = new Anchor(LibraryAddresses.tags(slug), getTranslation("library.tags.manage"));
        tags.setId("library-tags");
        tags.setVisible(mayManageTags);
        add(add, tags);
        setVisible(mayAdd || mayManageTags);
    }
}
