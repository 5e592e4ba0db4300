package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.perf.load.Uidl;
import app.convene.perf.load.UiTree;
import app.convene.perf.load.VirtualUser;
import app.convene.security.Authorization;
import app.convene.support.ChildNode;
import app.convene.support.Haproxy;
import app.convene.support.LoopbackRedirects;
import app.convene.workgroups.WorkgroupService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 19, decision 0047: Convene as two nodes behind Debian's HAProxy with the project's own configuration
 * ({@code docs/multi-node/haproxy.cfg}: sticky sessions by the cookie {@code CONVENE_NODE}), on loopback, on one
 * PostgreSQL. Node A is this test's application (a real web server), node B a child JVM of the whole application
 * ({@link ChildNode}) that the test kills with SIGKILL. Two people sign in through the balancer with Keycloak's own
 * login form (the load harness's UIDL client), one on each node; each saves a workgroup note through the page,
 * and each sees the other's. Then node B dies: the person on node A keeps working, and the person of node B,
 * sent on to node A by HAProxy, signs in again and finds the note they saved before the kill.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"convene.keycloak.embedded=auto", "vaadin.productionMode=true",
                "convene.http.trusted-proxies=127.0.0.1"})
@ActiveProfiles("test")
class TwoNodesBehindHaproxyTest {

    private static final String PASSWORD = "convene-demo";
    private static final String NODE = "CONVENE_NODE";
    private static final String SERVED_BY = "X-Convene-Node";

    @LocalServerPort
    int nodeA;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkgroupService workgroups;

    @TempDir
    Path folder;

    @Test
    void peopleWorkOnBothNodesAndThoseOfAKilledNodeSignInAgainWithoutLosingWork() throws Exception {
        Haproxy.executable(); // fails first, with how to get it, when HAProxy is missing
        long workgroup = jdbc.queryForObject("""
                select m.workgroup_id from workgroup_member m join person p on p.id = m.person_id
                where p.display_name = 'Daniel Okafor' and m.role = 'LEAD' order by m.workgroup_id limit 1""", Long.class);
        long luciaId = jdbc.queryForObject("select id from person where display_name = 'Lucía Hernández'", Long.class);
        Authorization.runAsSystem(() -> { // both may add notes
            workgroups.setLead(workgroup, luciaId);
            return null;
        });
        String page = "workgroups/" + workgroup;
        String run = UUID.randomUUID().toString().substring(0, 8);

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER).executor(threads).build();
             ChildNode nodeB = ChildNode.start(dataSource, folder.resolve("node-b"), "--vaadin.productionMode=true",
                     "--convene.http.trusted-proxies=127.0.0.1");
             Haproxy balancer = Haproxy.inFrontOf(nodeA, nodeB.port(), folder)) {
            LoopbackRedirects.allow(http);
            URI app = URI.create("http://localhost:" + balancer.port());
            awaitUp(http, app, "a", balancer);
            awaitUp(http, app, "b", balancer);

            // Daniel on node A, Lucía on node B: the stickiness cookie sends each to their node
            Person daniel = new Person(http, app, "a");
            Person lucia = new Person(http, app, "b");
            daniel.user.signIn("committee1", PASSWORD);
            lucia.user.signIn("committee2", PASSWORD);
            daniel.open(page);
            assertThat(daniel.servedBy()).isEqualTo("a");
            lucia.open(page);
            assertThat(lucia.servedBy()).isEqualTo("b");
            assertThat(lucia.user.cookies().value(NODE)).isEqualTo("b");

            // each saves a note through the page on their node, and sees the other's (one database)
            String fromA = "Saved on node A " + run;
            String fromB = "Saved on node B " + run;
            assertThat(daniel.addNote(fromA)).contains("The note was added.");
            assertThat(lucia.addNote(fromB)).contains("The note was added.");
            assertThat(lucia.servedBy()).isEqualTo("b");
            assertThat(lucia.open(page)).contains(fromA, fromB);
            assertThat(daniel.open(page)).contains(fromA, fromB);
            assertThat(daniel.servedBy()).isEqualTo("a");

            assertThat(nodeB.kill()).as("node B killed by signal 9").isEqualTo(128 + 9);

            // Daniel keeps working on node A: his open page answers, and he saves again
            String afterKill = "Saved on node A after node B died " + run;
            assertThat(daniel.addNote(afterKill)).contains("The note was added.");
            assertThat(daniel.servedBy()).isEqualTo("a");

            // Lucía's page lived on node B: HAProxy sends her on to node A, which does not know her session
            assertThatThrownBy(() -> lucia.user.navigate(page)).isInstanceOf(Uidl.LoadError.class);
            lucia.user.signIn("committee2", PASSWORD);
            assertThat(lucia.user.cookies().value(NODE)).as("HAProxy's cookie now names node A").isEqualTo("a");
            String found = lucia.open(page);
            assertThat(lucia.servedBy()).isEqualTo("a");
            assertThat(found).as("what Lucía saved on node B before it died").contains(fromB, fromA, afterKill);
            assertThat(jdbc.queryForList("select title from workgroup_note where workgroup_id = ?", String.class, workgroup))
                    .contains(fromA, fromB, afterKill);
        }
    }

    /** Waits until HAProxy's health check has found node {@code node} up and sends its people there. */
    private static void awaitUp(HttpClient http, URI app, String node, Haproxy balancer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(app.resolve("/actuator/health/readiness"))
                    .header("Cookie", NODE + "=" + node).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200 && node.equals(response.headers().firstValue(SERVED_BY).orElse(""))) {
                return;
            }
            assertThat(System.nanoTime()).as("node " + node + " up behind HAProxy; its log: " + balancer.log())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** One person in a browser through the balancer: the harness's UIDL client and the page's state tree. */
    private static final class Person {
        final VirtualUser user;
        UiTree tree = new UiTree();
        StringBuilder shown = new StringBuilder();

        Person(HttpClient http, URI app, String node) {
            user = new VirtualUser(http, app);
            user.cookies().put(NODE, node);
            user.onUidl(uidl -> {
                tree.take(uidl);
                shown.append(Uidl.texts(uidl));
            });
        }

        /** Opens the workgroup's page afresh (as the address bar does) on its notes tab; every text it shows. */
        String open(String route) throws Exception {
            tree = new UiTree();
            shown = new StringBuilder();
            user.open(route);
            user.send(Uidl.selectedTab(tree.byTag("vaadin-tabs"), 1)); // charter, notes, …
            return shown.toString();
        }

        /** Types a title into the workgroup's note form and presses "Add note"; the texts of the answer. */
        String addNote(String title) throws Exception {
            user.send(Uidl.typed(tree.byProperty("vaadin-text-field", "label", "Title"), title));
            return Uidl.texts(user.send(Uidl.click(tree.byText("vaadin-button", "Add note"))));
        }

        String servedBy() {
            return user.lastHeader(SERVED_BY);
        }
    }
}
