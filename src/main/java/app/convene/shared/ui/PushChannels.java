package app.convene.shared.ui;

import app.convene.shared.signals.NodeSignals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Server push to open pages (Vaadin's push; decision 0036). A page listens on a channel (one person's notices,
 * one recommendation draft) while it is attached; publishing on the channel runs each listener's refresh in its
 * own UI ({@link UI#access}), as the person who opened the page, and Vaadin pushes the changes to the browser.
 * The listeners are this node's; a publication also reaches the other nodes on the same database through
 * {@link NodeSignals} (PostgreSQL {@code NOTIFY}, decision 0047), whose listeners refresh in turn. Publications
 * delivered from a thread of their own are paced per channel (decision 0080, {@link #PACE}).
 */
@org.springframework.stereotype.Component
public class PushChannels implements DisposableBean {

    /** A UI's listener (the refresh runs in the UI, as its person) or, with no UI, code that is not a page. */
    private record Listener(UI ui, SecurityContext context, Runnable refresh) {
        void run(Publication publication) {
            if (ui == null) {
                ScopedValue.where(PUBLICATION, publication).run(refresh);
            } else {
                ui.access(() -> ScopedValue.where(PUBLICATION, publication).run(() -> runAs(context, refresh)));
            }
        }
    }

    /**
     * What the refreshes of one publication share: answers ({@link #shared}) and, apart from them, what
     * {@link RequestMemo} keeps (a load of one may use the other: separate maps, never a nested update of one map).
     */
    private record Publication(Map<Object, Object> shared, Map<Object, Object> memos) {
    }

    /**
     * How often a channel's pages refresh at most when publications come from threads of their own
     * ({@link #publishAfterCommit}, other nodes): the first at once, the rest of that second together at its end.
     */
    static final Duration PACE = Duration.ofSeconds(1);

    /** The publication being delivered. */
    private static final ScopedValue<Publication> PUBLICATION = ScopedValue.newInstance();

    private static final Logger log = LoggerFactory.getLogger(PushChannels.class);

    private final Map<String, Set<Listener>> channels = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();
    private final PublicationPacing pacing = new PublicationPacing(PACE, dispatch);
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final NodeSignals signals;

    public PushChannels(NodeSignals signals) {
        this.signals = signals;
        signals.onSignal(this::publishAsync, this::refreshAll);
    }

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
        return register(channel, new Listener(ui, signedIn, refresh));
    }

    /**
     * Runs {@code action} at every publication on the channel, from this node or another, until the registration
     * is removed: for code that is not a page (on the publishing or a dispatch thread, as nobody).
     */
    public Registration onPublish(String channel, Runnable action) {
        return register(channel, new Listener(null, null, action));
    }

    private Registration register(String channel, Listener listener) {
        channels.computeIfAbsent(channel, name -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> channels.computeIfPresent(channel, (name, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /**
     * Refreshes every UI listening on the channel (each when its session is free; this call does not wait for it),
     * here and, at the commit of the current transaction if there is one, on the other nodes.
     */
    public void publish(String channel) {
        publishHere(channel);
        try {
            signals.send(channel);
        } catch (DataAccessException unreachable) {
            // a refresh request, not data: the other nodes' pages show it at their next load
            log.warn("Could not tell the other nodes of {}: {}", channel, unreachable.getMessage());
        }
    }

    private void publishHere(String channel) {
        Set<Listener> listeners = channels.get(channel);
        if (listeners == null) {
            return;
        }
        Publication publication = new Publication(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        for (Listener listener : List.copyOf(listeners)) {
            try {
                listener.run(publication);
            } catch (UIDetachedException gone) {
                listeners.remove(listener);
            } catch (RuntimeException failed) { // the other listeners still refresh: one delivery stands for many
                log.warn("A refresh on {} failed", channel, failed);
            }
        }
    }

    /**
     * Publishes once the current transaction commits (at once without one), from a thread of its own, so the
     * committing request neither waits for other people's pages nor runs their refresh inside its transaction;
     * paced ({@link #PACE}): within a second of the channel's last delivery, it joins the next one.
     * The other nodes' signal is queued in the transaction itself: PostgreSQL sends it at the commit, never after a
     * rollback.
     */
    public void publishAfterCommit(String channel) {
        signals.send(channel);
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

    /** Delivered from a dispatch thread, paced (decision 80): at most one delivery of the channel a {@link #PACE}. */
    private void publishAsync(String channel) {
        if (!channels.containsKey(channel)) {
            return; // no page here listens on it
        }
        CompletableFuture<Void> sent = pacing.ask(channel, () -> publishHere(channel));
        inFlight.add(sent); // a publication that joined a due delivery waits for that one
        sent.whenComplete((done, failure) -> inFlight.remove(sent));
    }

    /**
     * Waits until every publication asked for so far has reached its UIs' queues (for tests); a paced one, up to
     * {@link #PACE} later.
     */
    public void settle() {
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    }

    /** After the signals' connection came back: every page here refreshes (what other nodes sent meanwhile was lost). */
    private void refreshAll() {
        channels.keySet().forEach(this::publishAsync);
    }

    /**
     * Inside the refreshes of one publication, the answer the first of them loaded for {@code key}; anywhere else,
     * {@code load}'s answer now (decision 0059). For what every page on a channel reads alike (who has a draft open):
     * one read per publication instead of one per open page. Each refresh still checks its own person's rights before
     * it uses the answer. Every refresh of a publication runs after the change that caused it was committed, and a
     * later change publishes again, so no page keeps an answer older than the last change it was told of.
     */
    @SuppressWarnings("unchecked")
    public static <T> T shared(Object key, Supplier<T> load) {
        if (!PUBLICATION.isBound()) {
            return load.get();
        }
        return (T) PUBLICATION.get().shared().computeIfAbsent(key, k -> load.get());
    }

    /** Where {@link RequestMemo} keeps answers for the publication being delivered, or null outside one. */
    static Map<Object, Object> publicationMemos() {
        return PUBLICATION.isBound() ? PUBLICATION.get().memos() : null;
    }

    /** How many UIs listen on the channel now. */
    public int listeners(String channel) {
        Set<Listener> listeners = channels.get(channel);
        return listeners == null ? 0 : listeners.size();
    }

    private static void runAs(SecurityContext context, Runnable refresh) {
        SecurityContexts.with(context, () -> {
            refresh.run();
            return null;
        });
    }

    @Override
    public void destroy() {
        dispatch.shutdownNow(); // a delivery waiting for its turn (decision 80) ends: the node's pages are gone
    }
}
