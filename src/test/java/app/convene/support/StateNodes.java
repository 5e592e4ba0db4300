package app.convene.support;

import com.vaadin.flow.component.Component;
import java.util.concurrent.atomic.AtomicInteger;

/** What an open UI keeps per component (decisions 0050, 0055): Vaadin's state nodes under a component. */
public final class StateNodes {

    private StateNodes() {
    }

    /** The state nodes of the component and everything under it. */
    public static int count(Component component) {
        AtomicInteger n = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(node -> n.incrementAndGet());
        return n.get();
    }

    /** A component's name in a node count printout: its id, else its class and CSS classes. */
    public static String label(Component c) {
        return c.getId().orElse(c.getClass().getSimpleName() + "." + c.getElement().getAttribute("class"));
    }
}
