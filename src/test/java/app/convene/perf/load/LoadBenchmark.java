package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The load harness (decision 0049): Convene in Vaadin's production mode on port 18080 with the local Keycloak,
 * and virtual users who sign in through Keycloak's login form and click through the home, initiative,
 * timeline, workgroup, directory and recommendation-editor pages by speaking Vaadin's UIDL protocol over
 * java.net.http on loopback. Part of {@code mvn -Pperf verify} only (tag perf). Settings: {@link LoadSettings}.
 */
@Tag("perf")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18080", "convene.keycloak.embedded=auto", "convene.public-url=http://localhost:18080",
                "vaadin.productionMode=true", "convene.embedded-database.pool-size=20",
                // above the client's 30 s keep-alive, so an idle pooled connection is never closed under a request
                "server.tomcat.keep-alive-timeout=60s", "server.tomcat.max-keep-alive-requests=-1"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(SignInParts.class)
class LoadBenchmark {

    static final URI APP = URI.create("http://localhost:18080");
    static final String SLUG = "worker-equity-initiative";
    static final String DRAFT = "Culturally and linguistically responsive services";
    static final AtomicLong STARTED_MS = new AtomicLong(-1);
    static final AtomicLong READY_MS = new AtomicLong(-1);

    static ExecutorService threads;
    static HttpClient http;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void client() {
        threads = Executors.newVirtualThreadPerTaskExecutor();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .executor(threads).build();
    }

    @AfterAll
    static void close() {
        http.close();
        threads.close();
    }

    List<View> scenario() {
        String initiative = jdbc.queryForObject("select name from initiative where slug = ?", String.class, SLUG);
        var workgroup = jdbc.queryForMap("""
                select w.id, w.name from workgroup w join initiative i on i.id = w.initiative_id
                where i.slug = ? order by w.id limit 1""", SLUG);
        Long recommendation = jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = ? and r.title = ?""", Long.class, SLUG, DRAFT);
        String base = "initiatives/" + SLUG;
        // Each view's page title (or the draft's heading): set by the view itself once it has rendered, so a
        // refusal or error page in its place fails the check.
        return List.of(
                new View("home", "", "Initiatives · Convene"),
                new View("initiative", base, initiative + " · Convene"),
                new View("timeline", base + "/timeline", "Timeline · " + initiative),
                new View("workgroup", "workgroups/" + workgroup.get("id"), workgroup.get("name") + " · Convene"),
                new View("directory", base + "/directory", "Members' directory · " + initiative),
                new View("recommendation_editor", base + "/recommendations/" + recommendation,
                        "Edit recommendation · " + initiative));
    }

    @Test
    @Order(1)
    void oneUserSignsInThroughKeycloakAndSeesEveryView() throws Exception {
        VirtualUser daniel = new VirtualUser(http, APP);
        daniel.signIn("committee1", Crowd.PASSWORD);
        String home = Uidl.texts(daniel.open(""));
        assertThat(home).contains("Initiatives", "Daniel Okafor");
        for (View view : scenario()) {
            JsonNode answer = daniel.navigate(view.route());
            assertThat(Uidl.texts(answer)).as(view.name()).contains(view.marker());
            // what the click's answer weighs: written by the server, carried and parsed by the client
            String json = answer.toString();
            Ramp.line("uidl_answer_" + view.name(), json.length() / 1024.0, "KiB");
            Files.writeString(Files.createDirectories(Path.of("target", "load")).resolve("answer-" + view.name()
                    + ".json"), json);
        }
        // each view's own cost with nobody else on the server (decision 0077), in the crowd's order
        ViewsAlone.measure(daniel, scenario(), Integer.getInteger("convene.load.alone-warm-up", 200),
                Integer.getInteger("convene.load.alone-rounds", 100));
        daniel.leave();
        // the check can fail: a visitor who is not signed in gets the refusal page instead of the editor
        VirtualUser visitor = new VirtualUser(http, APP);
        visitor.open("");
        View editor = scenario().getLast();
        assertThat(Uidl.texts(visitor.navigate(editor.route()))).doesNotContain(editor.marker());
        visitor.leave();
    }

    @Test
    @Order(2)
    void liveHeapPerOpenUi() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        List<View> views = scenario();
        HeapPerUi heap = new HeapPerUi(http, APP);
        heap.anonymous(views.get(1).route(), 5); // warm the classes and caches up first
        Ramp.line("heap_per_ui_initiative_anonymous", heap.anonymous(views.get(1).route(), settings.heapUis()), "KiB");
        Ramp.line("heap_per_ui_initiative_anonymous_by_link",
                heap.anonymousByLink(views.get(1).route(), settings.heapUis()), "KiB");
        Ramp.line("heap_per_ui_recommendation_editor_signed_in",
                heap.signedIn(views.get(5).route(), settings.heapUis(), settings), "KiB");
    }

    @Test
    @Order(3)
    void crowdRampsUp() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        System.out.println("LOAD settings " + settings);
        GcWatch gc = new GcWatch(meters);
        System.out.println("LOAD collector " + gc.describe());
        Ramp.line("load_cold_start_context", STARTED_MS.get(), "ms");
        Ramp.line("load_cold_start_ready_with_keycloak", READY_MS.get(), "ms");
        LatencyLog log = new LatencyLog();
        SignInParts.clear(); // the crowd's sign-ins only
        Crowd crowd = new Crowd(http, APP, scenario(), settings, log);
        List<Ramp.Step> steps;
        DatabaseWatch database = new DatabaseWatch(jdbc);
        try (gc) {
            steps = new Ramp(crowd, scenario(), settings, log, gc).run();
            database.print(log.stats(null, Long.MIN_VALUE, Long.MAX_VALUE).count());
            Ramp.line("load_gc_pause_max_ms", gc.maxPauseMillis(), "ms"); // the whole ramp, sign-ins included
            System.out.println("LOAD GC pauses of the ramp: " + gc.pauseSummary());
        } finally {
            crowd.stop();
        }
        System.out.printf(Locale.ROOT, "PERF load_users_p95_under_100ms %d users%n", Ramp.usersWithinTargets(steps));
        RatioSpread.print(steps, log, scenario());
        printSignIns(crowd);
        LatencyLog.Stats whole = log.stats(null, Long.MIN_VALUE, Long.MAX_VALUE); // measured or not (while signing in)
        Ramp.line("load_whole_run_clicks", whole.count(), "clicks");
        Ramp.line("load_whole_run_errors", whole.errors(), "clicks_and_sign_ins");
        System.out.println("LOAD errors by reason: " + log.errorReasons());
        assertThat(steps).as("at least one step measured").isNotEmpty();
        assertThat(steps.getFirst().all().count()).as("clicks in the first step").isPositive();
    }

    private static void printSignIns(Crowd crowd) {
        long[] convene = crowd.conveneSignIns.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] keycloak = crowd.keycloakSignIns.stream().mapToLong(Long::longValue).sorted().toArray();
        if (convene.length > 0) {
            Ramp.line("load_sign_in_convene_callback_p50", convene[convene.length / 2] / 1e6, "ms");
            Ramp.line("load_sign_in_convene_callback_p95", convene[(int) Math.ceil(0.95 * convene.length) - 1] / 1e6, "ms");
            Ramp.line("load_sign_in_keycloak_form_p50", keycloak[keycloak.length / 2] / 1e6, "ms");
            // on the server, per callback: all of it but the token exchange (decision 0053), and the exchange
            long[] side = SignInParts.sorted(SignInParts.CONVENE_SIDE);
            long[] exchange = SignInParts.sorted(SignInParts.TOKEN_EXCHANGE);
            Ramp.line("load_sign_in_convene_side_p50", side[side.length / 2] / 1e6, "ms");
            Ramp.line("load_sign_in_convene_side_p95", side[(int) Math.ceil(0.95 * side.length) - 1] / 1e6, "ms");
            Ramp.line("load_sign_in_token_exchange_p50", exchange[exchange.length / 2] / 1e6, "ms");
        }
        long[] session = crowd.keycloakSessionSignIns.stream().mapToLong(Long::longValue).sorted().toArray();
        Ramp.line("load_sign_ins_through_form", keycloak.length, "sign-ins");
        Ramp.line("load_sign_ins_on_keycloak_session", session.length, "sign-ins");
        if (session.length > 0) {
            Ramp.line("load_sign_in_keycloak_session_p50", session[session.length / 2] / 1e6, "ms");
        }
        Ramp.line("load_sign_in_errors", crowd.signInErrors.get(), "sign-ins");
    }

    /** Cold start: the context's own clock (JVM start excluded), ready = after the runners (local Keycloak). */
    @TestConfiguration(proxyBeanMethods = false)
    static class StartClock {

        @EventListener
        void started(ApplicationStartedEvent event) {
            STARTED_MS.set(event.getTimeTaken().toMillis());
        }

        @EventListener
        void ready(ApplicationReadyEvent event) {
            READY_MS.set(event.getTimeTaken().toMillis());
        }
    }
}
