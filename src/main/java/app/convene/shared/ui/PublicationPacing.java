package app.convene.shared.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most one delivery of a channel's publications per interval (issue 19, decision 80): the first publication on a
 * quiet channel is delivered at once; the ones that come within the interval after a delivery began are delivered
 * together once, when it ends. A delivery runs every listener's refresh, which reads what is there when it runs, so
 * one delivery after n changes shows all n: nothing is lost, only the refreshes in between. A channel's deliveries
 * never overlap: the next one also waits for the last one to finish, so an older delivery's refresh never reaches a
 * page after a newer one's.
 *
 * <p>Without it, each editor that opened or closed a draft refreshed every other open editor of it: with e editors
 * open and arriving and leaving at a rate proportional to e, the refreshes grew as e²; at 1,000 virtual users (167
 * editors of one draft) they were a third of the JVM's CPU. Paced, they are at most e a second.
 *
 * <p>A channel keeps one small entry from its first delivery asked for (a person's notices, a draft), never removed:
 * it grows with the people and drafts that had one while the node runs, not with the traffic.
 */
final class PublicationPacing {

    private final long interval;
    private final Executor dispatch;
    private final Map<String, Pace> channels = new ConcurrentHashMap<>();

    PublicationPacing(Duration interval, Executor dispatch) {
        this.interval = interval.toNanos();
        this.dispatch = dispatch;
    }

    /**
     * A channel's state: the delivery that is due (asked for, not yet begun), the last one begun, and when it began.
     */
    private static final class Pace {
        final AtomicReference<CompletableFuture<Void>> due = new AtomicReference<>();
        volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        volatile long lastStart;

        Pace(long lastStart) {
            this.lastStart = lastStart;
        }
    }

    /**
     * Asks for a delivery of the channel: {@code deliver} runs on the dispatch executor at once, or when the interval
     * since the last delivery began is over and that delivery is done; if a delivery is already due, this call joins
     * it (it begins after this call, so it shows what the caller committed before). The delivery's future, done once
     * every listener was handed its refresh (at once, completed, when the executor no longer takes work).
     */
    CompletableFuture<Void> ask(String channel, Runnable deliver) {
        Pace pace = channels.computeIfAbsent(channel, name -> new Pace(System.nanoTime() - interval));
        while (true) {
            CompletableFuture<Void> due = pace.due.get();
            if (due != null) {
                return due;
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            if (pace.due.compareAndSet(null, mine)) {
                try {
                    dispatch.execute(() -> deliver(pace, mine, deliver));
                } catch (RejectedExecutionException stopping) {
                    pace.due.compareAndSet(mine, null);
                    mine.complete(null); // the node is shutting down: no page is left to refresh
                }
                return mine;
            }
        }
    }

    private void deliver(Pace pace, CompletableFuture<Void> mine, Runnable deliver) {
        try {
            try {
                pace.last.get(); // never two deliveries of one channel at once
            } catch (ExecutionException lastFailed) {
                // that delivery's failure is its own: this one goes on
            }
            long wait = pace.lastStart + interval - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            pace.due.compareAndSet(mine, null);
            mine.complete(null); // only the node's shutdown interrupts: its pages are gone with it
            return;
        }
        pace.lastStart = System.nanoTime();
        pace.last = mine;
        pace.due.compareAndSet(mine, null); // before delivering: a publication from now on asks for the next delivery
        try {
            deliver.run();
            mine.complete(null);
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        }
    }
}
