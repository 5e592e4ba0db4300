package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A link a module adds to an initiative's page: a call to action under the title (join), among the
 * members' links (directory, recommendations, profile …) or the coordinators' tools (people and roles,
 * registrations …). Shown only to readers who
 * may use it: the implementation asks the authorization service. Implementations are Spring beans.
 */
public interface InitiativeLink {

    enum Group { ACTIONS, MEMBERS, COORDINATORS }

    Group group();

    /** Order within the group, smaller first. */
    int order();

    /** The link for this initiative and reader, or empty when the reader may not use it. */
    Optional<Component> create(InitiativeContext initiative);
}
