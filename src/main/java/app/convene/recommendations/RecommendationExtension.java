package app.convene.recommendations;

import app.convene.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * What a module built on recommendations adds to their pages (the implementation tracking), so that this module
 * depends on none of them. Implementations are Spring beans and show only what the reader may see.
 */
public interface RecommendationExtension {

    /**
     * The part for the recommendation's page, below its text, for the signed-in member; empty for nothing.
     * {@code published}: its approved text is on the public page. A new component every call.
     */
    Optional<Component> onPage(long initiativeId, long recommendationId, boolean published);

    /**
     * For the initiative's published-recommendations section: writes what to show under each published
     * recommendation (by its id) as read-only markup, read once for the whole section. Public: visitors of a public
     * initiative see it.
     */
    ObjLongConsumer<Markup> onPublicPage(long initiativeId);

    /** The parts every extension gives for the recommendation's page, in bean order. */
    static List<Component> onPage(List<RecommendationExtension> extensions, long initiativeId, long recommendationId,
                                  boolean published) {
        return extensions.stream().map(e -> e.onPage(initiativeId, recommendationId, published))
                .flatMap(Optional::stream).toList();
    }
}
