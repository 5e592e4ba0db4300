package app.convene.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/** Ids in addresses ({@code workgroups/:id}): anything but a plain positive number names nothing. */
public final class RouteIds {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private RouteIds() {
    }

    /** The id in the route parameter, or empty when it is missing or malformed (the page shows not-found). */
    public static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).filter(value -> ID.matcher(value).matches()).map(Long::valueOf);
    }
}
