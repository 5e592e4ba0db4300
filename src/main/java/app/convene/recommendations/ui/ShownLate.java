package app.convene.recommendations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;

/**
 * Parts of a page that are hidden until something happens (a warning, a notice, a conflict): they join the page when
 * first shown, so an open UI keeps no state node for them before (issue 19, decision 0050's "Heap" amendment).
 */
final class ShownLate {

    private ShownLate() {
    }

    /**
     * Shows {@code part}: adds it to {@code container} after {@code anchor} and after those of {@code order} before it
     * that are there (an entry may be {@code null}: a part not made yet), unless it is there already.
     */
    static <C extends Component & HasComponents> void place(C container, Component anchor, List<Component> order,
                                                         Component part) {
        part.setVisible(true);
        if (part.getParent().filter(p -> p == container).isPresent()) {
            return;
        }
        int at = container.getElement().indexOfChild(anchor.getElement()) + 1;
        for (Component before : order) {
            if (before == part) {
                break;
            }
            at += before != null && before.getParent().filter(p -> p == container).isPresent() ? 1 : 0;
        }
        container.addComponentAtIndex(at, part);
    }
}
