package app.convene.perf.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Every timed exchange of the run (when it started, how long it took, whether its answer passed the checks). */
final class LatencyLog {

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errorReasons = new ConcurrentHashMap<>();

    void ok(String view, long startNanos, long nanos) {
        samples.add(new Sample(view, startNanos, nanos, true));
    }

    void error(String view, long startNanos, long nanos, String reason) {
        samples.add(new Sample(view, startNanos, nanos, false));
        errorReasons.computeIfAbsent(view + ": " + Uidl.abbreviate(String.valueOf(reason)), r -> new LongAdder()).increment();
    }

    /** The exchanges of {@code view} (all views if null) that started in [from, to). */
    Stats stats(String view, long from, long to) {
        long[] sorted = times(view, from, to);
        int errors = 0;
        for (Sample s : samples) {
            if (!s.ok && s.startNanos >= from && s.startNanos < to && (view == null || view.equals(s.view))) {
                errors++;
            }
        }
        return new Stats(sorted.length + errors, errors, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.999));
    }

    /** How many of {@code view}'s exchanges that started in [from, to) passed (counted, not sorted: while a step runs). */
    int passed(String view, long from, long to) {
        int count = 0;
        for (Sample s : samples) {
            if (s.ok && s.startNanos >= from && s.startNanos < to && view.equals(s.view)) {
                count++;
            }
        }
        return count;
    }

    /** The round trips (ns, sorted) of {@code view}'s passed exchanges (all views if null) that started in [from, to). */
    long[] times(String view, long from, long to) {
        List<Long> times = new ArrayList<>();
        for (Sample s : samples) {
            if (s.ok && s.startNanos >= from && s.startNanos < to && (view == null || view.equals(s.view))) {
                times.add(s.nanos);
            }
        }
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The p95 of all views' exchanges in consecutive slices of [from, to), each {@code slice} long (whether a step's
     * round trips settle once its sign-ins are over, or stay slow throughout).
     */
    String p95BySlice(long from, long to, long slice) {
        StringBuilder out = new StringBuilder();
        long slices = Math.max(1, Math.round((double) (to - from) / slice)); // the last slice takes what is left
        for (long i = 0; i < slices; i++) {
            long start = from + i * slice;
            Stats stats = stats(null, start, i == slices - 1 ? to : start + slice);
            out.append(out.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.0f", stats.p95()));
        }
        return out.toString();
    }

    Map<String, LongAdder> errorReasons() {
        return errorReasons;
    }

    /** Nearest rank. */
    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    record Sample(String view, long startNanos, long nanos, boolean ok) {
    }

    record Stats(int count, int errors, double p50, double p95, double p999) {

        double errorPercent() {
            return count == 0 ? 0 : 100.0 * errors / count;
        }
    }
}
