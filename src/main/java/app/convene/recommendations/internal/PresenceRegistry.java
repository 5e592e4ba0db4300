package app.convene.recommendations.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who has which recommendation open: an editor reports when it opens the draft and whenever a push refreshes it
 * (someone opened, left or saved), and leaves when its page closes. One that vanishes without leaving (a browser
 * that lost its connection) counts as present for {@link #TTL} after its last report: as long as Vaadin keeps a
 * silent page (three missed heartbeats of five minutes; decision 0036). In memory, so per server node (Convene runs
 * as one node; see the decision record).
 */
@Component
public class PresenceRegistry {

    public static final Duration TTL = Duration.ofMinutes(15);

    private record Seen(String name, Instant at) {
    }

    private final Map<Long, Map<Long, Seen>> open = new ConcurrentHashMap<>();

    /** Records that the person has the recommendation open now; returns the others present, by name. */
    public List<String> touch(long recommendationId, long personId, String name, Instant now) {
        Map<Long, Seen> here = open.computeIfAbsent(recommendationId, k -> new ConcurrentHashMap<>());
        here.put(personId, new Seen(name, now));
        here.entrySet().removeIf(e -> e.getValue().at().isBefore(now.minus(TTL)));
        return here.entrySet().stream().filter(e -> e.getKey() != personId).map(e -> e.getValue().name()).sorted().toList();
    }

    public void leave(long recommendationId, long personId) {
        Map<Long, Seen> here = open.get(recommendationId);
        if (here != null) {
            here.remove(personId);
        }
    }
}
