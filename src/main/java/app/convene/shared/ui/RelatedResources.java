package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * The library's resources linked to something a page shows (a goal, a workgroup, a convening as pre-work, a
 * recommendation as evidence), contributed by the library module so that the modules owning those pages never
 * depend on it. Implementations are Spring beans and show only what the reader may see.
 */
public interface RelatedResources {

    String GOAL = "GOAL";
    String WORKGROUP = "WORKGROUP";
    String CONVENING = "CONVENING";
    String RECOMMENDATION = "RECOMMENDATION";

    /**
     * A titled list of the resources linked to the target (its heading an h{@code headingLevel}, 2 to 4), or
     * empty when the reader may see none. A new component every call.
     */
    Optional<Component> create(String targetKind, long targetId, int headingLevel);

    /**
     * The same as {@link #create}, written as markup into a read-only part of a page (decision 55), or empty when the
     * reader may see none.
     */
    Optional<Markup> markup(String targetKind, long targetId, int headingLevel);

    /** {@link #markup} of the contributions (none when the library is absent): the first one found. */
    static Optional<Markup> markupOf(List<RelatedResources> contributions, String targetKind, long targetId,
                                     int headingLevel) {
        return contributions.stream().map(c -> c.markup(targetKind, targetId, headingLevel))
                .flatMap(Optional::stream).findFirst();
    }

    /** What the contributions (none when the library is absent) give for the target; the first one found. */
    static Optional<Component> of(List<RelatedResources> contributions, String targetKind, long targetId,
                                  int headingLevel) {
        return contributions.stream().map(c -> c.create(targetKind, targetId, headingLevel))
                .flatMap(Optional::stream).findFirst();
    }
}
