package app.convene.shared.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most one delivery of a channel's publications per {@link #interval} (issue 19, decision 80): the first
 * publication on a quiet channel is delivered at once; the ones that come within the interval after a delivery began
 * are delivered together once, when it ends. A delivery runs every listener's refresh, which reads what is there
 * when it runs, so one delivery after n changes shows all n: nothing is lost, only the refreshes in between.
 *
 * <p>Without it, each editor that opened or closed a draft refreshed every other open editor of it: with e editors
 * open and arriving and leaving at a rate proportional to e, the refreshes grew as e²; at 1,000 virtual users (167
 * editors of one draft) they were a third of the JVM's CPU. Paced, they are at most e a second.
 *
 * <p>Each channel that was ever published keeps one small entry (a person's notices, a draft): bounded by the data.
 */
final class PublicationPacing {

    private final Duration interval;
    private final Executor dispatch;
    private final Map<String, Pace> channels = new ConcurrentHashMap<>();

    PublicationPacing(Duration interval, Executor dispatch) {
        this.interval = interval;
        this.dispatch = dispatch;
    }

    /** A channel's state: whether a delivery is due (asked for, not yet begun), and when the last one began. */
    private static final class Pace {
        final AtomicBoolean due = new AtomicBoolean();
        volatile long lastStart;

        Pace(long lastStart) {
            this.lastStart = lastStart;
        }
    }

    /**
     * Asks for a delivery of the channel: {@code deliver} runs on the dispatch executor at once, or when the interval
     * since the last delivery began is over; nothing more if a delivery is already due (it begins after this call, so
     * it shows what the caller committed before). The delivery's future, or null when it joined a due one.
     */
    CompletableFuture<Void> ask(String channel, Runnable deliver) {
        long nanos = interval.toNanos();
        Pace pace = channels.computeIfAbsent(channel, name -> new Pace(System.nanoTime() - nanos));
        if (!pace.due.compareAndSet(false, true)) {
            return null;
        }
        try {
            return CompletableFuture.runAsync(() -> deliver(pace, nanos, deliver), dispatch);
        } catch (RejectedExecutionException stopping) {
            pace.due.set(false);
            return null; // the node is shutting down: no page is left to refresh
        }
    }

    private static void deliver(Pace pace, long nanos, Runnable deliver) {
        long wait = pace.lastStart + nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                pace.due.set(false);
                return; // the node is shutting down
            }
        }
        pace.lastStart = System.nanoTime();
        pace.due.set(false); // before delivering: a publication from now on asks for the next delivery
        deliver.run();
    }
}
