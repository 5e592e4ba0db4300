package app.convene.perf.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load driver's virtual users keep their UIs the way a browser's page does (round 20 of issue 19): Vaadin closes
 * a UI that has missed three heartbeats, however many clicks it answered meanwhile, so a user who played longer than
 * that (15 min by default; the ramp with 800 clicks a view a step runs 18 min) lost its UI and counted an error
 * (decision 0083).
 * Here a heartbeat is due every two seconds (the UI is closed after 6 s without one): the user who sends none loses
 * its UI within eight seconds of clicks, the one who sends them as a browser does keeps it. Not a perf test: it runs
 * with {@code mvn test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.heartbeatInterval=2")
@ActiveProfiles("test")
class HeartbeatHttpTest {

    static final int CLICKS = 16;
    static final long SPACING_MS = 500;

    @LocalServerPort
    int port;

    @Test
    void aUserWhoSendsHeartbeatsKeepsItsUiAndOneWhoSendsNoneLosesIt() throws Exception {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            URI app = URI.create("http://localhost:" + port);

            VirtualUser warming = new VirtualUser(http, app); // the pages' first drawing is not part of the timing
            warming.open(route(0));
            warming.leave();

            VirtualUser beating = new VirtualUser(http, app);
            beating.open("");
            for (int click = 0; click < CLICKS; click++) {
                Thread.sleep(SPACING_MS);
                beating.navigateExpecting(route(click), "· Convene"); // throws if the UI is gone
                beating.heartbeatIfDue();
            }
            assertThat(Uidl.texts(beating.navigate(""))).as("still the same UI, answering").contains("Initiatives · Convene");
            beating.leave();

            VirtualUser silent = new VirtualUser(http, app);
            silent.open("");
            assertThatThrownBy(() -> {
                for (int click = 0; click < CLICKS; click++) {
                    Thread.sleep(SPACING_MS);
                    silent.navigateExpecting(route(click), "· Convene");
                }
            }).as("without heartbeats the UI is closed after three missed ones (6 s)")
                    .hasMessageContaining("UI not found or session expired");
        }
    }

    /** The home page and an initiative's page in turn. */
    private static String route(int click) {
        return click % 2 == 0 ? "initiatives/" + LoadBenchmark.SLUG : "";
    }
}
