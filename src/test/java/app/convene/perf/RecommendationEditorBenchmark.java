package app.convene.perf;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Perf;
import app.convene.support.SignIn;
import app.convene.support.SqlSeen;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, decision 0050: the server side of opening the recommendation editor in a browserless UI (the demo's
 * draft, as a drafter of the committee and as the coordinator), and the SQL statements it sends.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties =
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen")
class RecommendationEditorBenchmark extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        SignIn.out();
    }

    @Test
    void openingTheEditor() {
        long id = jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative' and r.title = ?""", Long.class,
                "Culturally and linguistically responsive services");
        String route = "initiatives/worker-equity-initiative/recommendations/" + id;
        String away = "initiatives/worker-equity-initiative/recommendations"; // the reports list: a new editor each time
        for (String who : new String[] {"Daniel Okafor", "Maya Thompson"}) {
            String name = who.startsWith("Daniel") ? "drafter" : "coordinator";
            fixtures.signInAs(who);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] wall = new double[60];
            long cpu = 0;
            for (int i = -20; i < wall.length; i++) {
                navigate(away, Component.class);
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                navigate(route, Component.class);
                if (i >= 0) {
                    wall[i] = (System.nanoTime() - start) / 1e6;
                    cpu += threads.getCurrentThreadCpuTime() - startCpu;
                }
            }
            Arrays.sort(wall);
            Perf.report("recommendation_editor_open_" + name, wall[wall.length / 2], "ms");
            Perf.report("recommendation_editor_open_" + name + "_cpu", cpu / 1e6 / wall.length, "ms");
            navigate(away, Component.class);
            SqlSeen.forget();
            navigate(route, Component.class);
            Perf.report("recommendation_editor_open_" + name + "_statements", SqlSeen.total(), "statements");
        }
    }
}
