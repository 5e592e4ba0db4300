package app.convene.shared.ui;

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

    /**
     * The link for this initiative and reader, or empty when the reader may not use it. The page writes the links
     * as markup (decision 79): an address and a text, no component each.
     */
    Optional<Target> target(InitiativeContext initiative);

    /**
     * Where a link goes and its text's i18n key.
     *
     * @param href    an address within Convene, relative to its root (e.g. {@code initiatives/x/directory})
     * @param textKey the i18n key of the link's text
     */
    record Target(String href, String textKey) {

        /** Only the application's own paths, refused when made rather than when the page is drawn. */
        public Target {
            Markup.requireApplicationPath(href);
        }
    }
}
