package app.convene.perf.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each view's own cost, with nobody else on the server (decision 0077): one signed-in person goes round the
 * scenario's views in the crowd's order, one click at a time, and each click's round trip, the CPU of Tomcat's
 * threads and what they allocated are put down to the view it opened. At the crowd's low steps the heaviest view
 * over the lightest is mostly this; under load the queue every click waits in narrows it.
 */
final class ViewsAlone {

    private ViewsAlone() {
    }

    /** Plays {@code rounds} rounds after {@code warmUp} unmeasured ones and prints each view's lines. */
    static void measure(VirtualUser user, List<View> views, int warmUp, int rounds) throws Exception {
        Map<String, long[][]> measured = new LinkedHashMap<>();
        views.forEach(view -> measured.put(view.name(), new long[3][rounds]));
        for (int round = -warmUp; round < rounds; round++) {
            for (View view : views) {
                GcWatch.ThreadTotals before = GcWatch.ThreadTotals.now();
                long start = System.nanoTime();
                user.navigateExpecting(view.route(), view.marker());
                long nanos = System.nanoTime() - start;
                GcWatch.ThreadTotals after = GcWatch.ThreadTotals.now();
                if (round >= 0) {
                    long[][] of = measured.get(view.name());
                    of[0][round] = nanos;
                    of[1][round] = after.requests() - before.requests();
                    of[2][round] = after.requestsAllocated() - before.requestsAllocated();
                }
            }
        }
        double lightest = Double.MAX_VALUE;
        double heaviest = 0;
        for (var entry : measured.entrySet()) {
            String prefix = "load_alone_" + entry.getKey() + "_";
            double p50 = median(entry.getValue()[0]) / 1e6;
            Ramp.line(prefix + "p50", p50, "ms");
            Ramp.line(prefix + "cpu_ms_requests", median(entry.getValue()[1]) / 1e6, "ms");
            Ramp.line(prefix + "alloc_kb_requests", median(entry.getValue()[2]) / 1e3, "KB");
            lightest = Math.min(lightest, p50);
            heaviest = Math.max(heaviest, p50);
        }
        Ramp.line("load_alone_heaviest_over_lightest_p50", heaviest / lightest, "x");
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
