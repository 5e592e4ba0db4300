package app.convene.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Server push to open pages (Vaadin's push; decision 0036). A page listens on a channel (one person's notices,
 * one recommendation draft) while it is attached; publishing on the channel runs each listener's refresh in its
 * own UI ({@link UI#access}), as the person who opened the page, and Vaadin pushes the changes to the browser.
 * In memory: it reaches the pages open on this server node only.
 */
@org.springframework.stereotype.Component
public class PushChannels implements DisposableBean {

    private record Listener(UI ui, SecurityContext context, Runnable refresh) {
    }

    private final Map<String, Set<Listener>> channels = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

    /**
     * While the component is attached, its UI listens on the channel named when it attaches (as the person
     * signed in then; no channel: null). The refresh runs in the UI, as that person.
     */
    public void whileAttached(Component component, Supplier<String> channel, Runnable refresh) {
        Registration[] current = new Registration[1];
        component.addAttachListener(attach -> {
            String name = channel.get();
            if (name != null) {
                current[0] = listen(attach.getUI(), name, refresh);
            }
        });
        component.addDetachListener(detach -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> {
            String name = channel.get();
            if (name != null) {
                current[0] = listen(ui, name, refresh);
            }
        });
    }

    /** The UI listens on the channel until the registration is removed; the refresh runs as whoever is signed in now. */
    public Registration listen(UI ui, String channel, Runnable refresh) {
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Listener listener = new Listener(ui, signedIn, refresh);
        channels.computeIfAbsent(channel, name -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> channels.computeIfPresent(channel, (name, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** Refreshes every UI listening on the channel (each when its session is free; this call does not wait for it). */
    public void publish(String channel) {
        Set<Listener> listeners = channels.get(channel);
        if (listeners == null) {
            return;
        }
        for (Listener listener : List.copyOf(listeners)) {
            try {
                listener.ui().access(() -> runAs(listener.context(), listener.refresh()));
            } catch (UIDetachedException gone) {
                listeners.remove(listener);
            }
        }
    }

    /**
     * Publishes once the current transaction commits (at once without one), from a thread of its own, so the
     * committing request neither waits for other people's pages nor runs their refresh inside its transaction.
     */
    public void publishAfterCommit(String channel) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publishAsync(channel);
                }
            });
        } else {
            publishAsync(channel);
        }
    }

    private void publishAsync(String channel) {
        CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> publish(channel), dispatch);
        inFlight.add(sent);
        sent.whenComplete((done, failure) -> inFlight.remove(sent));
    }

    /** Waits until every publication asked for so far has reached its UIs' queues (for tests). */
    public void settle() {
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    }

    /** How many UIs listen on the channel now. */
    public int listeners(String channel) {
        Set<Listener> listeners = channels.get(channel);
        return listeners == null ? 0 : listeners.size();
    }

    private static void runAs(SecurityContext context, Runnable refresh) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            refresh.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public void destroy() {
        dispatch.shutdown();
    }
}
