package app.convene.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers that stay the same for the rest of one Vaadin request (issue 19, decision 0056): a person's roles in an
 * initiative and whether it is archived are read once per request instead of once per {@code can(…)} (the
 * initiative page asked 45 times). Any read-write transaction committed on this node forgets them all
 * ({@link #written()}, called after every commit), so a request that changes roles or an initiative's state, or
 * runs after another that did, reads them again. Outside a Vaadin request (scheduled jobs, pushes, start-up,
 * service tests) nothing is kept.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();
    private static final AtomicLong WRITES = new AtomicLong();

    private RequestMemo() {
    }

    /** The answer for {@code key} in this request, loaded by {@code load} the first time (values must not be null). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> load) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return load.get();
        }
        long writes = WRITES.get();
        Memo memo = request.getAttribute(ATTRIBUTE) instanceof Memo kept && kept.writes == writes ? kept : null;
        if (memo == null) {
            memo = new Memo(writes);
            request.setAttribute(ATTRIBUTE, memo);
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
     * a request, or after a write committed since the request's answers were kept, nothing.
     */
    public static void put(Object key, Object value) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && value != null && request.getAttribute(ATTRIBUTE) instanceof Memo kept
                && kept.writes == WRITES.get()) {
            kept.values.put(key, value);
        }
    }

    /** A read-write transaction committed on this node: every request reads its answers again. */
    public static void written() {
        WRITES.incrementAndGet();
    }

    private record Memo(long writes, Map<Object, Object> values) {
        Memo(long writes) {
            this(writes, new HashMap<>());
        }
    }
}
