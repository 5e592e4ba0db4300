package app.convene.perf;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ui.RequestMemo;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.Perf;
import app.convene.support.SignIn;
import app.convene.support.SqlSeen;
import app.convene.support.TransactionsBegun;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockInstantiator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.SpringInstantiator;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 19, decision 0046: the server side of moving between pages in one browserless UI, signed in (the pages'
 * own work plus the header and the access check), and the statements sent per navigation; then the access
 * control's roles check alone, Vaadin's own (which looks the role prefix up through the Lookup) and the one in force.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties =
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen")
class NavigationBenchmark extends SpringBrowserlessTest {

    static final List<String> ROUTES = List.of("", "initiatives/equity-at-work", "initiatives/equity-at-work/timeline",
            "initiatives/equity-at-work/library", "my/workgroups", "initiatives/good-jobs-equity-project");

    @Autowired
    Fixtures fixtures;
    @Autowired
    NavigationAccessControl inForce;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext applicationContext;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void forget() {
        SignIn.out();
    }

    @Test
    void navigations() throws Exception {
        fixtures.signInAs("Maya Thompson");
        // Each navigation is a request of its own in a browser: what one request keeps (RequestMemo) starts empty.
        Runnable round = () -> ROUTES.forEach(route -> {
            newRequest();
            navigate(route, Component.class);
        });
        double perRound = Perf.medianMillis(20, 60, round);
        Perf.report("navigation_signed_in", perRound / ROUTES.size(), "ms");
        // The test thread's own CPU time: less swayed by other work on the machine than the wall time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 60; i++) {
            round.run();
        }
        Perf.report("navigation_signed_in_cpu", (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / 60 / ROUTES.size(),
                "ms");

        // Each page's own CPU, from the page before it in the round (the header and access check included).
        for (String route : ROUTES) {
            long spent = 0;
            for (int i = 0; i < 80; i++) {
                navigate("my/workgroups".equals(route) ? "" : "my/workgroups", Component.class);
                newRequest();
                long start = threads.getCurrentThreadCpuTime();
                navigate(route, Component.class);
                if (i >= 20) {
                    spent += threads.getCurrentThreadCpuTime() - start;
                }
            }
            Perf.report("navigation_cpu_" + (route.isEmpty() ? "home" : route.replaceAll("[^a-z]+", "_")),
                    spent / 1e6 / 60, "ms");
        }

        if (System.getProperty("convene.navigation.profile") != null) {
            String only = System.getProperty("convene.navigation.profile");
            for (int i = 0; i < 3000; i++) {
                newRequest();
                navigate("", Component.class);
                newRequest();
                navigate(only, Component.class);
            }
        }
        SqlSeen.forget();
        for (String route : ROUTES) {
            newRequest();
            long before = SqlSeen.total();
            navigate(route, Component.class);
            System.out.println("STATEMENTS " + (SqlSeen.total() - before) + " /" + route);
            if (Boolean.getBoolean("convene.sql.callers")) {
                SqlSeen.all().subList((int) before, (int) SqlSeen.total()).forEach(sql -> System.out.println(
                        "  SQL " + sql.replaceAll("select .{60,}? from ", "select … from ")));
            }
        }
        if (Boolean.getBoolean("convene.navigation.statements")) {
            SqlSeen.all().stream().map(sql -> sql.length() > 160 ? sql.substring(0, 160) : sql)
                    .collect(java.util.stream.Collectors.groupingBy(sql -> sql, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()))
                    .forEach((sql, n) -> System.out.println("STATEMENT " + n + " " + sql));
        }
        Perf.report("navigation_statements", (double) SqlSeen.total() / ROUTES.size(), "statements");
        // Decision 0077: transactions begun and connections taken from the pool per navigation
        var manager = applicationContext.getBean(org.springframework.transaction.PlatformTransactionManager.class);
        double borrowed = 0;
        int begun;
        try (TransactionsBegun transactions = new TransactionsBegun(manager,
                Boolean.getBoolean("convene.transaction.names"))) {
            for (String route : ROUTES) {
                newRequest();
                int before = transactions.count();
                double borrowedBefore = borrows();
                navigate(route, Component.class);
                System.out.println("TRANSACTIONS " + (transactions.count() - before) + " BORROWS "
                        + (borrows() - borrowedBefore) + " /" + route);
                borrowed += borrows() - borrowedBefore;
            }
            begun = transactions.count();
        }
        Perf.report("navigation_transactions", (double) begun / ROUTES.size(), "transactions");
        Perf.report("navigation_connections_borrowed", borrowed / ROUTES.size(), "connections");
        // what one read-only transaction costs that runs no statement (a read answered from SharedReads), and the
        // same call joining none (propagation SUPPORTS, decision 0077)
        for (int propagation : new int[] {org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRED,
                org.springframework.transaction.TransactionDefinition.PROPAGATION_SUPPORTS}) {
            var template = new org.springframework.transaction.support.TransactionTemplate(manager);
            template.setReadOnly(true);
            template.setPropagationBehavior(propagation);
            Perf.report("read_only_call_" + (propagation == 0 ? "transaction" : "supports"), 1000 * Perf.medianMillis(
                    300, 3000, () -> template.execute(status -> null)), "us");
        }
        Perf.report("navigation_unread_counts", (double) SqlSeen.count("from notice\\b") / ROUTES.size(), "statements");

        VaadinRequest request = VaadinRequest.getCurrent();
        assertThat(request).as("a request of the browserless UI").isNotNull();
        Method rolesChecker = NavigationAccessControl.class.getDeclaredMethod("getRolesChecker", VaadinRequest.class);
        rolesChecker.setAccessible(true);
        NavigationAccessControl vaadins = new SpringNavigationAccessControl();
        for (var control : List.of(vaadins, inForce)) {
            String name = control == vaadins ? "vaadin" : "in_force";
            Perf.report("roles_checker_" + name, 1000 * Perf.medianMillis(200, 2000, () -> {
                try {
                    ((Predicate<?>) rolesChecker.invoke(control, request)).getClass();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }), "us");
        }

        // Decision 0063: the annotated-view check of one navigation, Vaadin's (which lists every route to find the
        // view's parent layouts) and the one in force (which looks the view's route target up).
        Router router = UI.getCurrent().getInternals().getRouter();
        String path = "initiatives/equity-at-work";
        NavigationRouteTarget target = router.getRegistry().getNavigationRouteTarget(path);
        NavigationContext context = new NavigationContext(router, target.getRouteTarget().getTarget(),
                new Location(path), target.getRouteParameters(), request.getUserPrincipal(), request::isUserInRole,
                false);
        NavigationAccessChecker direct = viewChecker(inForce);
        for (NavigationAccessChecker checker : List.of(new AnnotatedViewAccessChecker(), direct)) {
            String name = checker == direct ? "in_force" : "vaadin";
            assertThat(checker.check(context).decision()).as(name).isEqualTo(AccessCheckDecision.ALLOW);
            Perf.report("view_access_check_" + name, 1000 * Perf.medianMillis(200, 2000,
                    () -> checker.check(context)), "us");
        }
    }

    /**
     * Decision 0076: a workgroup's page for its initiative's coordinator (every tab of it allowed), the load
     * harness's heaviest view at low load: the test thread's CPU and the statements of one navigation.
     */
    @Test
    void workgroupPage() {
        fixtures.signInAs("Maya Thompson");
        String route = "workgroups/" + jdbc.queryForObject("select min(w.id) from workgroup w join initiative i"
                + " on i.id = w.initiative_id where i.slug = 'equity-at-work'", Long.class);
        pageAlone("workgroup_coordinator", route);
    }

    /**
     * Decision 0077: the recommendation editor as the load harness's committee member opens it (a draft of the
     * California initiative they may draft): the test thread's CPU and the statements of one navigation.
     */
    @Test
    void editorPage() {
        fixtures.signInAs("Daniel Okafor");
        String route = "initiatives/worker-equity-initiative/recommendations/" + jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative'
                  and r.title = 'Culturally and linguistically responsive services'""", Long.class);
        pageAlone("editor_committee", route);
    }

    /** A page's own CPU from home (steady state) and the statements of one more visit, as {@code name}. */
    private void pageAlone(String name, String route) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long spent = 0;
        for (int i = 0; i < 400; i++) {
            navigate("", Component.class);
            newRequest();
            long start = threads.getCurrentThreadCpuTime();
            navigate(route, Component.class);
            if (i >= 200) {
                spent += threads.getCurrentThreadCpuTime() - start;
            }
        }
        Perf.report("navigation_cpu_" + name, spent / 1e6 / 200, "ms");
        navigate("", Component.class);
        newRequest();
        SqlSeen.forget();
        navigate(route, Component.class);
        Perf.report("navigation_statements_" + name, SqlSeen.total(), "statements");
        if (Boolean.getBoolean("convene.sql.callers")) {
            SqlSeen.all().forEach(sql -> System.out.println("  SQL " + sql.replaceAll("select .{60,}? from ",
                    "select … from ")));
        }
    }

    /**
     * Decision 0075: making a route target as Vaadin's Spring instantiator does (a bean lookup that fails, then Spring
     * creates one from the class) and as Convene's does (the kept constructor and arguments), in a browserless UI.
     */
    @Test
    void viewsMadeBySpringAndFromARecipe() throws Exception {
        fixtures.signInAs("Maya Thompson");
        navigate("", Component.class);
        // Browserless UIs wrap the service's instantiator (browserless-test's MockInstantiator) around Convene's.
        Instantiator convene = ((MockInstantiator) UI.getCurrent().getSession().getService().getInstantiator())
                .getDelegate();
        assertThat(convene.getClass().getSimpleName()).isEqualTo("ViewInstantiator");
        Instantiator vaadins = new SpringInstantiator(null, applicationContext);
        for (String view : List.of("app.convene.initiatives.ui.HomeView", "app.convene.timeline.ui.TimelineView")) {
            Class<?> type = Class.forName(view);
            for (Instantiator instantiator : List.of(vaadins, convene)) {
                String name = instantiator == convene ? "recipe" : "spring";
                Perf.report("view_made_" + type.getSimpleName() + "_" + name, 1000 * Perf.medianMillis(300, 3000,
                        () -> instantiator.getOrCreate(type)), "us");
            }
        }
    }

    /** Connections handed out by the pool so far (Hikari's usage timer). */
    private double borrows() {
        return meters.find("hikaricp.connections.usage").timers().stream().mapToDouble(t -> t.count()).sum();
    }

    @SuppressWarnings("unchecked")
    private static NavigationAccessChecker viewChecker(NavigationAccessControl control) {
        List<NavigationAccessChecker> checkers = (List<NavigationAccessChecker>) ReflectionTestUtils.getField(control,
                NavigationAccessControl.class, "checkerList");
        return checkers.stream().filter(checker -> checker instanceof AnnotatedViewAccessChecker).findFirst()
                .orElseThrow();
    }
}
