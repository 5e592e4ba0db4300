package app.convene.shared.aot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the production build's JDK AOT cache (decision 0052), with {@code convene.aot.training=true}
 * only: once ready, Convene asks itself for a few pages over loopback (the home page with its eager first render, the
 * not-found page, readiness), so that Tomcat's request handling and Vaadin's page rendering are in the cache as well as
 * the start, then shuts down (its embedded PostgreSQL with it) and the JVM exits, writing the cache. Otherwise it does
 * nothing. Decided at run time, not by a {@code @Conditional}, so that the Spring-AOT-processed context has it too.
 */
@Component
class AotTraining {

    static final String PROPERTY = "convene.aot.training";
    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    private static final List<String> PAGES = List.of("/actuator/health/readiness", "/", "/no-such-page", "/");

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!context.getEnvironment().getProperty(PROPERTY, Boolean.class, false)) {
            return;
        }
        String port = context.getEnvironment().getProperty("local.server.port");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String page : PAGES) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                log.info("AOT training: {} answered {} ({} characters)", page, answer.statusCode(), answer.body().length());
            }
        } catch (Exception e) {
            log.warn("AOT training: a page request failed; the cache holds what ran so far", e);
        }
        // Not from this thread: System.exit waits for the shut-down hook, which closes this context.
        Thread.ofPlatform().name("aot-training-exit").start(() -> System.exit(SpringApplication.exit(context)));
    }
}
