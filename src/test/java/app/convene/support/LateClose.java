package app.convene.support;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Plays a busy server for one sign-in (decision 0060): once {@link #arm() armed}, the "close" that the page left for
 * Keycloak sends as it unloads is held until the sign-in has returned and the first page after it has been served,
 * then answered. That is the order a loaded server sometimes took, in which the close carries the session id that
 * the sign-in has just replaced. A Tomcat valve, so the request is held before anything has looked its session up.
 * Idle unless armed; registered in the browser-tested application next to {@link RequestLog}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LateClose {

    private static final AtomicReference<CountDownLatch> PAGE_AFTER_SIGN_IN = new AtomicReference<>();
    private static final AtomicBoolean SIGNED_IN = new AtomicBoolean();
    private static final AtomicBoolean HELD = new AtomicBoolean();

    /** Holds the next sign-in's left-page close until the first page after the sign-in is served. */
    public static void arm() {
        SIGNED_IN.set(false);
        HELD.set(false);
        PAGE_AFTER_SIGN_IN.set(new CountDownLatch(1));
    }

    /** Whether a close was held since {@link #arm()} (so a passing test did play the late order). */
    public static boolean held() {
        return HELD.get();
    }

    public static void disarm() {
        CountDownLatch latch = PAGE_AFTER_SIGN_IN.getAndSet(null);
        if (latch != null) {
            latch.countDown();
        }
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> lateCloseValve() {
        return factory -> factory.addEngineValves(new Holding());
    }

    static final class Holding extends ValveBase {

        Holding() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            CountDownLatch latch = PAGE_AFTER_SIGN_IN.get();
            if (latch == null) {
                getNext().invoke(request, response);
                return;
            }
            String path = request.getRequestURI();
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            if ("POST".equals(request.getMethod()) && path.equals("/VAADIN/push")
                    && query.contains("X-Atmosphere-Transport=close") && !SIGNED_IN.get()) {
                HELD.set(true);
                try {
                    latch.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                getNext().invoke(request, response);
                return;
            }
            try {
                getNext().invoke(request, response);
            } finally {
                if (path.startsWith("/login/oauth2/code/")) {
                    SIGNED_IN.set(true);
                } else if (SIGNED_IN.get() && "GET".equals(request.getMethod()) && path.equals("/")) {
                    latch.countDown();
                }
            }
        }
    }
}
