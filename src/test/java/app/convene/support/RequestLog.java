package app.convene.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The last requests the browser-tested application answered, for {@link PageState} to print when a
 * wait gives up: address (Vaadin's request type and UI id), the session the cookie named and whether
 * the server knew it, the answer's status, the session the request ended with when it is another one
 * (a changed id, or a new session), and whether that session holds a Vaadin session.
 * The application runs in the test's JVM, so the log is read directly. Only the query string is read
 * (never a form body), so the requests reach the application unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestLog {

    private static final int KEPT = 120;
    private static final Deque<String> LINES = new ArrayDeque<>();

    @Bean
    FilterRegistrationBean<Filter> requestLogFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(RequestLog::filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The kept lines, oldest first. */
    public static String recent() {
        synchronized (LINES) {
            return String.join("\n", LINES);
        }
    }

    private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI();
        if (path.startsWith("/VAADIN/build") || path.startsWith("/VAADIN/static") || path.startsWith("/styles")
                || path.startsWith("/images")) {
            chain.doFilter(request, response);
            return;
        }
        // Only asks whether the cookie's session is known; looking it up would keep it on the request and change
        // what a request held up behind a session-id change sees.
        String requested = http.getRequestedSessionId();
        String before = requested == null ? " cookie=none"
                : " cookie=" + shortId(requested) + (http.isRequestedSessionIdValid() ? " known" : " unknown");
        try {
            chain.doFilter(request, response);
        } finally {
            add(LocalTime.now() + " " + Thread.currentThread().getName() + " " + http.getMethod() + " " + path
                    + query(http) + before + " -> " + ((HttpServletResponse) response).getStatus()
                    + after(http, requested));
        }
    }

    private static String after(HttpServletRequest http, String requested) {
        HttpSession session = http.getSession(false);
        if (session == null) {
            return "";
        }
        try {
            boolean vaadin = Collections.list(session.getAttributeNames()).stream()
                    .anyMatch(name -> name.startsWith("com.vaadin.flow.server.VaadinSession"));
            return (session.getId().equals(requested) ? "" : " session=" + shortId(session.getId()))
                    + (vaadin ? " vaadin" : " no-vaadin");
        } catch (IllegalStateException e) {
            return " invalidated";
        }
    }

    private static String query(HttpServletRequest http) {
        String query = http.getQueryString();
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=") || pair.startsWith("v-uiId=")) {
                kept.append(' ').append(pair);
            }
        }
        return kept.toString();
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static void add(String line) {
        synchronized (LINES) {
            if (LINES.size() == KEPT) {
                LINES.removeFirst();
            }
            LINES.addLast(line);
        }
    }
}
