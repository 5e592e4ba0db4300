package app.convene.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The one clock every module reads "now" from. It reads the system clock, except while
 * {@link #replaying} runs on the current thread: then "now" is the moment being replayed, so that demo
 * content that re-enacts a coalition's history through the ordinary services (drafts, revisions,
 * decisions) carries the dates it had in the coalition's own record, not the day the demo was loaded.
 */
public final class ConveneClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock system;

    public ConveneClock(Clock system) {
        this.system = system;
    }

    /** Runs the work with "now" set to the given moment on this thread, then restores the real time. */
    public static <T> T replaying(Instant moment, Supplier<T> work) {
        Instant outer = REPLAYED.get();
        REPLAYED.set(moment);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(outer);
            }
        }
    }

    /**
     * The work as it should run on another thread: with the moment this thread replays now, if any (so work handed
     * to an executor, e.g. a mail sent after a commit made at a replayed moment, sees the same "now").
     */
    public static Runnable carryingReplay(Runnable work) {
        Instant moment = REPLAYED.get();
        return moment == null ? work : () -> replaying(moment, work);
    }

    /** As {@link #replaying(Instant, Supplier)} for work without a result. */
    public static void replaying(Instant moment, Runnable work) {
        replaying(moment, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ConveneClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : system.instant();
    }
}
