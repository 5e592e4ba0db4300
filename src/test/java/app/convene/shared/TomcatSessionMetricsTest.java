package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.metrics.TomcatMetricsBinder;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tomcat's session meters are bound as before, by Convene's binder alone, and not through the JVM's platform MBean
 * server, whose creation cost about 60 ms of a cold start (decision 0062).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TomcatSessionMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry registry;

    @Test
    void sessionMetersCountAPagesSessionWithoutThePlatformMBeanServer() throws Exception {
        assertThat(context.getBeansOfType(TomcatMetricsBinder.class).values()).singleElement()
                .isInstanceOf(TomcatSessionMetrics.class);
        TomcatSessionMetrics binder = context.getBean(TomcatSessionMetrics.class);
        assertThat(binder.server()).isNotNull().isNotSameAs(ManagementFactory.getPlatformMBeanServer());

        double created = registry.get("tomcat.sessions.created").functionCounter().count();
        HttpResponse<String> page;
        try (HttpClient http = HttpClient.newHttpClient()) {
            page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(registry.get("tomcat.sessions.created").functionCounter().count()).isGreaterThan(created);
        assertThat(registry.get("tomcat.sessions.active.current").gauge().value()).isGreaterThanOrEqualTo(1);
    }
}
