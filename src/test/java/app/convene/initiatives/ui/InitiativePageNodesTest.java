package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How many state nodes the initiative page keeps per UI (measurement). */
@ConveneTest
class InitiativePageNodesTest extends SpringBrowserlessTest {

    @Test
    void measure() {
        for (String slug : new String[] {"worker-equity-initiative", "equity-at-work", "good-jobs-equity-project",
                "puget-sound-workforce-intermediary"}) {
            InitiativeView view = navigate("initiatives/" + slug, InitiativeView.class);
            System.out.println("NODES " + slug + " ui=" + count(UI.getCurrent()) + " view=" + count(view));
            view.getChildren().forEach(c -> System.out.println("NODES   " + label(c) + " " + count(c)));
        }
        assertThat(count(UI.getCurrent())).isPositive();
    }

    private static String label(Component c) {
        return c.getId().orElse(c.getClass().getSimpleName() + "." + c.getElement().getAttribute("class"));
    }

    static int count(Component component) {
        AtomicInteger n = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(node -> n.incrementAndGet());
        return n.get();
    }
}
