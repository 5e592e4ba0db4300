package app.convene.shared.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Runs work under a security context and leaves the thread as it found it (decision 0047). Vaadin's holder
 * strategy answers from the Vaadin session before the thread: "restoring" what it answered would write a signed-in
 * person's context into the thread, where it outlives the request on a pooled thread whenever nothing clears that
 * holder (a background thread; a test JVM, where each application installs its own holder globally and the request
 * filter clears only its own). The next anonymous page on that thread would then be served as that person.
 */
public final class SecurityContexts {

    /** The context of the innermost {@link #with} running on this thread. */
    private static final ThreadLocal<SecurityContext> RUNNING = new ThreadLocal<>();

    private SecurityContexts() {
    }

    /**
     * The context work on this thread runs under. Inside {@link #with} during a signed-in Vaadin request, Vaadin's
     * holder strategy still answers with the session's context; this answers with the work's own, so that work run
     * as the system (or as a demo author) inside someone's request really runs as that actor. A context set on the
     * holder directly inside the work (not the session's) wins, as it would without Vaadin.
     */
    public static SecurityContext current() {
        SecurityContext held = SecurityContextHolder.getContextHolderStrategy().getContext();
        SecurityContext running = RUNNING.get();
        if (running == null || held == running) {
            return held;
        }
        SecurityContext session = ofVaadinSession();
        return session != null && held == session ? running : held;
    }

    /**
     * Runs {@code work} with {@code context} on this thread. Afterwards the thread holds again what it held itself
     * before, and nothing if that was only the Vaadin session's context or an empty one.
     */
    public static <T> T with(SecurityContext context, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        boolean threadsOwn = previous != null && previous.getAuthentication() != null && previous != ofVaadinSession();
        SecurityContext outer = RUNNING.get();
        holder.setContext(context);
        RUNNING.set(context);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(outer);
            }
            holder.clearContext();
            if (threadsOwn) {
                holder.setContext(previous);
            }
        }
    }

    /** The context stored in the current Vaadin session, as Vaadin's holder strategy reads it; else null. */
    static SecurityContext ofVaadinSession() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return null;
        }
        try {
            return wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext stored ? stored : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
