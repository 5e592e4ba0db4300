package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A channel's deliveries, paced (decision 80): the first at once, the rest of the interval together at its end. */
class PublicationPacingTest {

    private final ExecutorService dispatch = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        dispatch.shutdownNow();
    }

    @Test
    void theFirstPublicationOfAQuietChannelIsDeliveredWithoutWaitingForTheInterval() throws Exception {
        PublicationPacing pacing = new PublicationPacing(Duration.ofHours(1), dispatch);
        AtomicInteger delivered = new AtomicInteger();

        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);
        pacing.ask("draft:2", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);

        assertThat(delivered).as("each channel's first delivery, though the interval is an hour").hasValue(2);
    }

    @Test
    void publicationsWithinTheIntervalJoinOneDeliveryAtItsEnd() throws Exception {
        Duration interval = Duration.ofMillis(300);
        PublicationPacing pacing = new PublicationPacing(interval, dispatch);
        List<Long> starts = new CopyOnWriteArrayList<>();
        Runnable deliver = () -> starts.add(System.nanoTime());

        pacing.ask("draft:1", deliver).get(30, TimeUnit.SECONDS);
        List<CompletableFuture<Void>> asked = new ArrayList<>();
        List<Thread> publishers = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // twenty editors open or close the draft at about the same time
            publishers.add(Thread.ofVirtual().start(() -> {
                CompletableFuture<Void> sent = pacing.ask("draft:1", deliver);
                if (sent != null) {
                    synchronized (asked) {
                        asked.add(sent);
                    }
                }
            }));
        }
        for (Thread publisher : publishers) {
            publisher.join();
        }
        assertThat(asked).as("one delivery asked for the twenty").hasSize(1);
        asked.getFirst().get(30, TimeUnit.SECONDS);

        assertThat(starts).as("the first at once, the twenty together").hasSize(2);
        assertThat(starts.get(1) - starts.get(0)).as("the second after the interval")
                .isGreaterThanOrEqualTo(interval.toNanos());
    }

    @Test
    void aPublicationDuringADeliveryGetsADeliveryOfItsOwn() throws Exception {
        PublicationPacing pacing = new PublicationPacing(Duration.ZERO, dispatch);
        CountDownLatch delivering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();

        CompletableFuture<Void> first = pacing.ask("draft:1", () -> {
            delivering.countDown();
            await(finish);
            delivered.incrementAndGet();
        });
        assertThat(delivering.await(30, TimeUnit.SECONDS)).isTrue();
        // the first delivery has begun and may already have read: a change now needs another
        CompletableFuture<Void> second = pacing.ask("draft:1", delivered::incrementAndGet);
        assertThat(second).as("not joined to the delivery that began before it").isNotNull();
        second.get(30, TimeUnit.SECONDS);
        finish.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(delivered).hasValue(2);
    }

    @Test
    void aDeliveryInterruptedWhileWaitingLeavesTheChannelFreeForTheNext() throws Exception {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        PublicationPacing pacing = new PublicationPacing(Duration.ofHours(1), task -> threads.add(Thread.ofVirtual().start(task)));
        AtomicInteger delivered = new AtomicInteger();
        pacing.ask("draft:1", delivered::incrementAndGet).get(30, TimeUnit.SECONDS);
        CompletableFuture<Void> waiting = pacing.ask("draft:1", delivered::incrementAndGet);
        assertThat(pacing.ask("draft:1", delivered::incrementAndGet)).as("joined the waiting one").isNull();

        threads.getLast().interrupt(); // the node stops: the waiting delivery is interrupted
        waiting.get(30, TimeUnit.SECONDS);

        assertThat(delivered).as("nothing delivered when interrupted").hasValue(1);
        assertThat(pacing.ask("draft:1", delivered::incrementAndGet)).as("the channel is not stuck as due")
                .isNotNull();
    }

    @Test
    void aStoppedDispatchDeliversNothingAndLeavesTheChannelFree() {
        ExecutorService stopped = Executors.newVirtualThreadPerTaskExecutor();
        stopped.shutdown();
        PublicationPacing pacing = new PublicationPacing(Duration.ofHours(1), stopped);

        assertThat(pacing.ask("draft:1", () -> { })).as("the node is stopping").isNull();
        assertThat(pacing.ask("draft:1", () -> { })).as("not stuck as due").isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
