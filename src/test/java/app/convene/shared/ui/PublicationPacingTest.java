package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A channel's deliveries, paced (decision 80): the first at once, the rest of the interval together at its end. */
class PublicationPacingTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Thread> started = new CopyOnWriteArrayList<>();
    /** The dispatch executor, with its threads known (to interrupt one as a node's shutdown would). */
    private final Executor recorded = task -> started.add(Thread.ofVirtual().start(task));

    @AfterEach
    void stop() {
        dispatch.shutdownNow();
        started.forEach(Thread::interrupt);
    }

    @Test
    void theFirstPublicationOfAQuietChannelIsDeliveredWithoutWaitingForTheInterval() throws Exception {
        PublicationPacing pacing = new PublicationPacing(HOUR, dispatch);
        AtomicInteger delivered = new AtomicInteger();

        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);
        pacing.ask("draft:2", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);

        assertThat(delivered).as("each channel's first delivery, though the interval is an hour").hasValue(2);
    }

    @Test
    void publicationsWithinTheIntervalJoinOneDelivery() throws Exception {
        PublicationPacing pacing = new PublicationPacing(HOUR, dispatch);
        AtomicInteger delivered = new AtomicInteger();
        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);

        List<CompletableFuture<Void>> asked = new CopyOnWriteArrayList<>();
        List<Thread> publishers = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // twenty editors open or close the draft at about the same time
            publishers.add(Thread.ofVirtual()
                    .start(() -> asked.add(pacing.ask("draft:1", delivered::incrementAndGet))));
        }
        for (Thread publisher : publishers) {
            publisher.join();
        }

        assertThat(asked).hasSize(20);
        assertThat(asked.stream().distinct()).as("one delivery for the twenty, each told of it").hasSize(1);
        assertThat(asked.getFirst()).as("due at the end of the hour").isNotDone();
        assertThat(delivered).as("only the first so far").hasValue(1);
    }

    @Test
    void theDeliveryAfterTheFirstBeginsWhenTheIntervalIsOver() throws Exception {
        Duration interval = Duration.ofMillis(300);
        PublicationPacing pacing = new PublicationPacing(interval, dispatch);
        List<Long> starts = new CopyOnWriteArrayList<>();
        Runnable deliver = () -> starts.add(System.nanoTime());

        pacing.ask("draft:1", deliver).get(30, TimeUnit.SECONDS);
        pacing.ask("draft:1", deliver).get(30, TimeUnit.SECONDS);

        assertThat(starts).hasSize(2);
        // the interval counts from just before the first delivery's own clock reading (a pause may fall between)
        assertThat(starts.get(1) - starts.get(0)).as("the second after the interval")
                .isGreaterThanOrEqualTo(interval.minusMillis(50).toNanos());
    }

    @Test
    void aPublicationDuringADeliveryGetsADeliveryOfItsOwnAfterIt() throws Exception {
        PublicationPacing pacing = new PublicationPacing(Duration.ZERO, dispatch);
        CountDownLatch delivering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> first = pacing.ask("draft:1", () -> {
            delivering.countDown();
            await(finish);
            order.add("first");
        });
        assertThat(delivering.await(30, TimeUnit.SECONDS)).isTrue();
        // the first delivery has begun and may already have read: a change now needs another
        CompletableFuture<Void> second = pacing.ask("draft:1", () -> order.add("second"));
        assertThat(second).as("not joined to the delivery that began before it").isNotSameAs(first);
        Thread.sleep(300);
        assertThat(second).as("not while the first is delivering, though the interval is zero").isNotDone();
        finish.countDown();
        second.get(30, TimeUnit.SECONDS);

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void aFailedDeliveryLeavesTheChannelToTheNext() throws Exception {
        PublicationPacing pacing = new PublicationPacing(Duration.ZERO, dispatch);
        CompletableFuture<Void> failing = pacing.ask("draft:1", () -> {
            throw new IllegalStateException("a refresh failed");
        });
        assertThatThrownBy(() -> failing.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        AtomicInteger delivered = new AtomicInteger();
        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);
        assertThat(delivered).hasValue(1);
    }

    @Test
    void aDeliveryInterruptedWhileWaitingLeavesTheChannelFreeForTheNext() throws Exception {
        PublicationPacing pacing = new PublicationPacing(HOUR, recorded);
        AtomicInteger delivered = new AtomicInteger();
        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> waiting = pacing.ask("draft:1", delivered::incrementAndGet);

        started.getLast().interrupt(); // the node stops: the waiting delivery is interrupted
        waiting.get(30, TimeUnit.SECONDS);

        assertThat(delivered).as("nothing delivered when interrupted").hasValue(1);
        assertThat(pacing.ask("draft:1", delivered::incrementAndGet)).as("a new delivery, not the ended one")
                .isNotSameAs(waiting).isNotDone();
    }

    @Test
    void aRefusedDeliveryLeavesTheChannelFreeForTheNext() throws Exception {
        AtomicBoolean refuseOnce = new AtomicBoolean(true);
        Executor stoppingOnce = task -> {
            if (refuseOnce.getAndSet(false)) {
                throw new RejectedExecutionException("stopping");
            }
            dispatch.execute(task);
        };
        PublicationPacing pacing = new PublicationPacing(HOUR, stoppingOnce);
        AtomicInteger delivered = new AtomicInteger();

        CompletableFuture<Void> refused = pacing.ask("draft:1", delivered::incrementAndGet);
        assertThat(refused).as("nothing to wait for").isDone();
        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);

        assertThat(delivered).as("not stuck as due: the next publication is delivered").hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
