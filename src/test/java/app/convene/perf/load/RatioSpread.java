package app.convene.perf.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How much of a step's heaviest ÷ lightest p95 is chance (decision 81): each view's clicks of the step are drawn again,
 * with replacement, as many as it had, {@link #RESAMPLES} times, and the ratio of the drawn p95s is taken each time.
 * The middle 90 % of those ratios is printed with the measured one. With ~30 clicks a view (a 20 s step of 50 users)
 * each p95 is its view's second-slowest click, and six views alike in cost still give a ratio well above 1. Run after
 * the crowd has stopped, so that its CPU is not the server's.
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
            double[] ratios = new double[RESAMPLES];
            for (int i = 0; i < RESAMPLES; i++) {
                double heaviest = 0;
                double lightest = Double.MAX_VALUE;
                for (long[] times : perView) {
                    long p95 = p95(resample(times, random));
                    heaviest = Math.max(heaviest, p95);
                    lightest = Math.min(lightest, p95);
                }
                ratios[i] = heaviest / lightest;
            }
            Arrays.sort(ratios);
            double low = ratios[(int) (0.05 * RESAMPLES)];
            double high = ratios[(int) (0.95 * RESAMPLES) - 1];
            int fewest = perView.stream().mapToInt(t -> t.length).min().orElse(0);
            System.out.printf(Locale.ROOT, "LOAD %d users: heaviest ÷ lightest p95, 90 %% of %d resamples %.2f–%.2f "
                    + "(fewest clicks of a view %d)%n", step.users(), RESAMPLES, low, high, fewest);
            String prefix = "load_" + step.users() + "_users_heaviest_over_lightest_p95_";
            Ramp.line(prefix + "low", low, "x");
            Ramp.line(prefix + "high", high, "x");
        }
    }

    private static long[] resample(long[] times, SplittableRandom random) {
        long[] drawn = new long[times.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = times[random.nextInt(times.length)];
        }
        Arrays.sort(drawn);
        return drawn;
    }

    /** Nearest rank, as {@link LatencyLog} takes it. */
    private static long p95(long[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }
}
