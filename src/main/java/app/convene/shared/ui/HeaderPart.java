package app.convene.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the page header (e.g. the signed-in person's menu). Told after each
 * navigation which initiative the page belongs to, if any.
 */
public interface HeaderPart {

    Component component();

    void showInitiative(Long initiativeId);

    /** Creates a header part for each new layout (a header part is never shared between pages). */
    interface Factory {
        HeaderPart create();
    }
}
