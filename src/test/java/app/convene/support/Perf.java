package app.convene.support;

import java.util.Arrays;
import java.util.Locale;

/** Benchmark helpers: figures are printed as {@code PERF <name> <value> <unit>}, one per line. */
public final class Perf {

    private Perf() {
    }

    public static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "PERF %s %.2f %s", name, value, unit));
    }

    /** Median wall time in milliseconds of {@code runs} runs, after {@code warmups} unmeasured ones. */
    public static double medianMillis(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
