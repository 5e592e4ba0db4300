package app.convene.shared.database;

import app.convene.shared.database.internal.DataVersionQueries;
import app.convene.shared.ui.RequestMemo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads that many pages share while the content has not changed (issue 19, decisions 67 and 69): an initiative's page
 * asks for the same initiative, partners and settings at every visit, and each read cost more in Hibernate than the
 * page's own drawing.
 *
 * <p>An answer is kept under its key and the database's data version as the request first saw it
 * ({@link DataVersionQueries#current()}, read once a request and again after a write committed, as {@link RequestMemo}
 * does). Every transaction that changes content, whichever node or path wrote it (a service, a job, another node,
 * plain SQL), adds one to the version when it commits (a trigger on each table), so two requests with the same
 * version see the same content and nothing is served that a later commit changed. The answer is read after the
 * version, so it is never older than the version it is kept under. The activity tables (an editor's presence, rate
 * limits, outboxes, scheduler locks, the audit trail: migration 0054) leave the version as it is, so a shared read
 * must never read them. Answers must be immutable (records, {@code List.copyOf}), may not depend on who asks
 * (authorization checks stay outside) nor on the clock (entries also expire after a minute). The refreshes of one
 * push publication share a version as a request's steps do (decision 0071: {@link RequestMemo#inScope()}). Outside a
 * Vaadin request and a publication (jobs, service tests), and inside a transaction that may write (its own changes
 * are not committed), nothing is kept and every call reads.
 */
@Component
public class SharedReads {

    static final int MAX_ENTRIES = 4_096;
    static final Duration LIFETIME = Duration.ofMinutes(1);

    private final DataVersionQueries versions;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private final Counter bypassed;

    SharedReads(DataVersionQueries versions, Clock clock, MeterRegistry meters) {
        this.versions = versions;
        this.clock = clock;
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
        this.bypassed = counter(meters, "bypassed");
    }

    /** {@code convene.shared.reads}: answers served as kept (hit), read and kept (miss), read and not kept (bypassed). */
    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("convene.shared.reads").tag("result", result).register(meters);
    }

    private record VersionOf(SharedReads reads) {
    }

    private record Key(Object key, long version) {
    }

    private record Entry(Object value, Instant expires) {
    }

    /** The answer for {@code key} as the database stands for this request; {@code load} reads it when not kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        if (!RequestMemo.inScope() || writing()) {
            bypassed.increment();
            return load.get();
        }
        Key kept = new Key(key, RequestMemo.get(new VersionOf(this), versions::current));
        Instant now = clock.instant();
        Entry entry = entries.get(kept);
        if (entry != null && entry.expires.isAfter(now)) {
            hits.increment();
            return (T) entry.value;
        }
        misses.increment();
        T loaded = load.get();
        if (loaded != null) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // most entries are of older versions, which no request asks for again
            }
            entries.put(kept, new Entry(loaded, now.plus(LIFETIME)));
        }
        return loaded;
    }

    /**
     * A page as {@link #get} keeps answers: its content immutable, and each caller given a slice of its own with its
     * own {@code pageable} (a {@code Slice}'s content can be changed through its iterator). The key must name the page
     * as {@code load} reads it (offset and size; the sort too if the query uses it).
     */
    public <T> Slice<T> slice(Object key, Pageable pageable, Supplier<Slice<T>> load) {
        KeptPage<T> kept = get(key, () -> {
            Slice<T> read = load.get();
            return new KeptPage<>(List.copyOf(read.getContent()), read.hasNext());
        });
        return new SliceImpl<>(kept.content, pageable, kept.hasNext);
    }

    private record KeptPage<T>(List<T> content, boolean hasNext) {
    }

    /**
     * Whether this thread is in a transaction that may write: what it reads may include its own changes, not yet
     * committed (and perhaps rolled back), under the version every other request has too. Such reads are never kept.
     */
    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** How many answers are kept (for tests and benchmarks). */
    int size() {
        return entries.size();
    }
}
