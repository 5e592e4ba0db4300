package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A request is observed as a whole, and Spring Security adds no observation of its own per filter, authorization or
 * authentication (issue 19: that work was about 3 % of a click's CPU, for timers no one reads).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityObservationsTest {

    @LocalServerPort
    int port;

    @Autowired
    ObservationRegistry registry;

    @Test
    void aPageRequestIsObservedAndSpringSecurityAddsNoObservations() throws Exception {
        Recording recording = new Recording();
        registry.observationConfig().observationHandler(recording);
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            recording.on = false;
        }
        List<String> seen = recording.seen;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seen).contains("http.server.requests");
        assertThat(seen).noneMatch(name -> name.startsWith("spring.security"));
    }

    /** Records the names of the observations started while it is on; off, it takes none (the context is shared). */
    static final class Recording implements ObservationHandler<Observation.Context> {

        final List<String> seen = new CopyOnWriteArrayList<>();
        volatile boolean on = true;

        @Override
        public void onStart(Observation.Context context) {
            seen.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return on;
        }
    }
}
