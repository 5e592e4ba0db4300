package app.convene.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers that stay the same for the rest of one Vaadin request (issue 19, decision 0056): a person's roles in an
 * initiative and whether it is archived are read once per request instead of once per {@code can(…)} (the
 * initiative page asked 45 times). The refreshes of one push publication ({@link PushChannels}: every open editor of
 * a draft when someone opens, leaves or saves it) are one such scope too (decision 0071): each of them ran in no
 * request and read its person's roles and the initiative's state again, so a publication to 30 open editors read 60
 * times. Keys must name everything the answer depends on (the person, the initiative): a scope serves several
 * people. Any read-write transaction committed on this node forgets them all ({@link #written()}, called after
 * every commit), so a request that changes roles or an initiative's state, or runs after another that did, reads
 * them again. Outside a request and a publication (scheduled jobs, start-up, service tests) nothing is kept.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();
    private static final AtomicLong WRITES = new AtomicLong();

    private RequestMemo() {
    }

    /** The answer for {@code key} in this request, loaded by {@code load} the first time (values must not be null). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> load) {
        long writes = WRITES.get();
        Memo memo = memo(writes);
        if (memo == null) {
            return load.get();
        }
        Object known = memo.values.get(key);
        if (known != null) {
            return (T) known;
        }
        T loaded = load.get();
        if (loaded != null && WRITES.get() == writes) {
            memo.values.put(key, loaded);
        }
        return loaded;
    }

    /**
     * Keeps an answer learned on the way for the rest of this request (one read that answered several keys); outside
     * a request or publication, or after a write committed since the scope's answers were kept, nothing.
     */
    public static void put(Object key, Object value) {
        Memo memo = value == null ? null : kept(WRITES.get());
        if (memo != null) {
            memo.values.put(key, value);
        }
    }

    /** Whether answers are kept here: in a Vaadin request or in the refreshes of a push publication. */
    public static boolean inScope() {
        return VaadinRequest.getCurrent() != null || PushChannels.publicationMemos() != null;
    }

    /** A read-write transaction committed on this node: every request reads its answers again. */
    public static void written() {
        WRITES.incrementAndGet();
    }

    /**
     * This scope's memo of the given write count (a new one if the kept one is older), or null outside a scope. A
     * request's is used by its one thread; a publication's refreshes may run on several threads at once (each in its
     * own UI), so theirs is concurrent.
     */
    private static Memo memo(long writes) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            if (request.getAttribute(ATTRIBUTE) instanceof Memo kept && kept.writes == writes) {
                return kept;
            }
            Memo memo = new Memo(writes, new HashMap<>());
            request.setAttribute(ATTRIBUTE, memo);
            return memo;
        }
        Map<Object, Object> publication = PushChannels.publicationMemos();
        return publication == null ? null : (Memo) publication.compute(ATTRIBUTE, (name, kept) ->
                kept instanceof Memo memo && memo.writes == writes ? memo : new Memo(writes, new ConcurrentHashMap<>()));
    }

    /** This scope's memo if it has one of the given write count (none is made), else null. */
    private static Memo kept(long writes) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Map<Object, Object> publication = request == null ? PushChannels.publicationMemos() : null;
        Object kept = request != null ? request.getAttribute(ATTRIBUTE)
                : publication == null ? null : publication.get(ATTRIBUTE);
        return kept instanceof Memo memo && memo.writes == writes ? memo : null;
    }

    private record Memo(long writes, Map<Object, Object> values) {
    }
}
