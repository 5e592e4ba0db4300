package app.convene.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the page header (e.g. the signed-in person's menu). Built once per page layout, which
 * outlives navigations: it is told what it shows (who is signed in, the page's initiative) when that changes only,
 * not at every navigation (decision 0046); what changes in between (a new notice) it follows by push.
 */
public interface HeaderPart {

    Component component();

    /**
     * Shows the part for whoever is signed in now, on a page of the initiative (null: none): after the first
     * navigation, and again whenever the signed-in person or the language has changed since.
     */
    void showReader(Long initiativeId);

    /** The page now belongs to another initiative (null: none); the signed-in person is the same. */
    default void showInitiative(Long initiativeId) {
    }

    /** Creates a header part for each new layout (a header part is never shared between pages). */
    interface Factory {
        HeaderPart create();
    }
}
