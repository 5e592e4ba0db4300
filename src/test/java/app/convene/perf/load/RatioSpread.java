package app.convene.perf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

/**
 * How much of a step's heaviest ÷ lightest p95 is chance (decision 81), from the step's clicks drawn again with
 * replacement, {@link #RESAMPLES} times, each view as many as it had:
 * <ul>
 * <li><b>resampled</b>: each view's from its own clicks, the middle 90 % of the ratios: how far the measured ratio
 * could move with another draw of the same step;</li>
 * <li><b>if alike</b>: each view's from all views' clicks pooled, the middle 90 % of the ratios six views of the same
 * cost would show with these numbers of clicks. A measured ratio within it cannot be told from chance.</li>
 * </ul>
 * With ~30 clicks a view (a 20 s step of 50 users) each p95 is its view's second-slowest click. Run after the crowd
 * has stopped, so that its CPU is not the server's; it reads every click that started in the step, also those still
 * in flight when the step's own lines were printed.
 */
final class RatioSpread {

    static final int RESAMPLES = 1_000;

    private RatioSpread() {
    }

    static void print(List<Ramp.Step> steps, LatencyLog log, List<View> views) {
        SplittableRandom random = new SplittableRandom(19);
        for (Ramp.Step step : steps) {
            List<long[]> perView = new ArrayList<>();
            for (View view : views) {
                long[] times = log.times(view.name(), step.from(), step.to());
                if (times.length > 0) {
                    perView.add(times);
                }
            }
            if (perView.size() < 2) {
                continue;
            }
            long[] pooled = perView.stream().flatMapToLong(Arrays::stream).toArray();
            double[] own = middle(perView, times -> p95(resample(times, times.length, random)));
            double[] alike = middle(perView, times -> p95(resample(pooled, times.length, random)));
            System.out.printf(Locale.ROOT, "LOAD %d users: heaviest ÷ lightest p95 resampled %.2f–%.2f, if the views "
                    + "cost alike %.2f–%.2f (middle 90 %% of %d; fewest clicks of a view %d)%n", step.users(), own[0],
                    own[1], alike[0], alike[1], RESAMPLES, perView.stream().mapToInt(t -> t.length).min().orElse(0));
            String prefix = "load_" + step.users() + "_users_heaviest_over_lightest_p95_";
            Ramp.line(prefix + "low", own[0], "x");
            Ramp.line(prefix + "high", own[1], "x");
            Ramp.line(prefix + "if_alike_high", alike[1], "x");
        }
    }

    /** The 5th and 95th percentile of the heaviest ÷ lightest of the views' p95s, each drawn by {@code p95}. */
    private static double[] middle(List<long[]> perView, ToLongFunction<long[]> p95) {
        double[] ratios = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            double heaviest = 0;
            double lightest = Double.MAX_VALUE;
            for (long[] times : perView) {
                long drawn = p95.applyAsLong(times);
                heaviest = Math.max(heaviest, drawn);
                lightest = Math.min(lightest, drawn);
            }
            ratios[i] = heaviest / lightest;
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (0.05 * RESAMPLES)], ratios[(int) (0.95 * RESAMPLES) - 1]};
    }

    private static long[] resample(long[] from, int count, SplittableRandom random) {
        long[] drawn = new long[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = from[random.nextInt(from.length)];
        }
        Arrays.sort(drawn);
        return drawn;
    }

    /** Nearest rank, as {@link LatencyLog} takes it. */
    private static long p95(long[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }
}
