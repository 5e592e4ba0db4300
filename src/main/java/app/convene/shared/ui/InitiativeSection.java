package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section a module adds to an initiative's page (its workgroups, phase progress, published
 * recommendations, partners; later convenings and resources), so that the initiatives module, which
 * owns the page, depends on none of the modules built on it. Implementations are Spring beans; the page
 * asks each one, in {@link #order()}, every time it is drawn.
 */
public interface InitiativeSection {

    /** Where the section goes on the page, smaller first; see the constants. */
    int order();

    /**
     * The section for this initiative and the signed-in reader (or the visitor), or empty when there is
     * nothing for them here. A new component every call: pages never share components.
     */
    Optional<Component> create(InitiativeContext initiative);

    int WORKGROUPS = 100;
    int PHASES = 200;
    int CONVENINGS = 250;
    int RECOMMENDATIONS = 300;
    int INDICATORS = 320;
    int RESOURCES = 350;
    int PARTNERS = 400;
}
