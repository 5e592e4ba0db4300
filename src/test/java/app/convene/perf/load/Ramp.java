package app.convene.perf.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Plays the ramp: for each step, sign in users until the step's number play, measure for the step's time, print
 * the step's PERF lines; stop at the first step that cannot fill up before the limit. Then the summary lines.
 */
final class Ramp {

    static final double P95_LIMIT_MS = 100;
    static final double P999_LIMIT_MS = 300;
    private static final long EXTENSION_NANOS = 5_000_000_000L;

    private final Crowd crowd;
    private final List<View> views;
    private final LoadSettings settings;
    private final LatencyLog log;
    private final GcWatch gc;
    private final List<Step> done = new ArrayList<>();

    Ramp(Crowd crowd, List<View> views, LoadSettings settings, LatencyLog log, GcWatch gc) {
        this.crowd = crowd;
        this.views = views;
        this.settings = settings;
        this.log = log;
        this.gc = gc;
    }

    List<Step> run() throws InterruptedException {
        long deadline = System.nanoTime() + settings.limit().toNanos();
        boolean first = true;
        for (int users : settings.steps()) {
            long signInStart = System.nanoTime();
            if (!crowd.growTo(users, deadline)) {
                System.out.printf(Locale.ROOT, "LOAD step %d not reached: %d users signed in when the %d s limit came%n",
                        users, crowd.size(), settings.limit().toSeconds());
                break;
            }
            System.out.printf(Locale.ROOT, "LOAD %d users signed in and playing (%.1f s of sign-ins for this step)%n",
                    users, (System.nanoTime() - signInStart) / 1e9);
            System.out.printf(Locale.ROOT, "LOAD %d users: p95 (ms) in 5 s slices of its sign-ins: %s%n", users,
                    log.p95BySlice(signInStart, System.nanoTime(), 5_000_000_000L));
            if (first) {
                Thread.sleep(settings.warmUp().toMillis());
                first = false;
            }
            long measured = Math.min(settings.step().toNanos(), deadline - System.nanoTime());
            if (measured < settings.step().toNanos() / 2) {
                System.out.printf(Locale.ROOT, "LOAD step %d not measured: the limit came%n", users);
                break;
            }
            GcWatch.Snapshot before = gc.snapshot();
            Thread.sleep(measured / 1_000_000);
            long longest = Math.min(settings.stepMax().toNanos(), deadline - before.nanos());
            while (fewestClicks(before.nanos()) < settings.minClicks()
                    && System.nanoTime() + EXTENSION_NANOS - before.nanos() <= longest) {
                Thread.sleep(EXTENSION_NANOS / 1_000_000); // decision 81: enough clicks for each view's p95
            }
            GcWatch.Snapshot after = gc.snapshot();
            System.out.printf(Locale.ROOT, "LOAD %d users: measured for %.0f s, the fewest clicks of a view %d%n", users,
                    (after.nanos() - before.nanos()) / 1e9, fewestClicks(before.nanos()));
            done.add(report(users, before, after));
        }
        return done;
    }

    /** The fewest passed clicks (those a p95 is taken of) any view had since {@code from}. */
    private int fewestClicks(long from) {
        long now = System.nanoTime();
        return views.stream().mapToInt(view -> log.passed(view.name(), from, now)).min().orElse(0);
    }

    private Step report(int users, GcWatch.Snapshot before, GcWatch.Snapshot after) {
        long from = before.nanos();
        long to = after.nanos();
        String prefix = "load_" + users + "_users_";
        List<Named> perView = new ArrayList<>();
        for (View view : views) {
            LatencyLog.Stats stats = log.stats(view.name(), from, to);
            perView.add(new Named(view.name(), stats));
            print(prefix + view.name(), stats);
        }
        LatencyLog.Stats all = log.stats(null, from, to);
        print(prefix + "all", all);
        System.out.printf(Locale.ROOT, "LOAD %d users: p95 (ms) in 5 s slices of the step: %s%n", users,
                log.p95BySlice(from, to, 5_000_000_000L));
        double seconds = (to - from) / 1e9;
        line(prefix + "clicks_per_s", all.count() / seconds, "1/s");
        gc.print(prefix, before, after);
        if (all.count() > 0) { // CPU per click: the whole machine's, and its parts'
            line(prefix + "cpu_ms_per_click_requests", (after.requests() - before.requests()) / 1e6 / all.count(), "ms");
            line(prefix + "cpu_ms_per_click_driver", (after.driver() - before.driver()) / 1e6 / all.count(), "ms");
            line(prefix + "cpu_ms_per_click_postgres", (after.postgres() - before.postgres()) / 1e6 / all.count(), "ms");
            line(prefix + "cpu_ms_per_click_keycloak", (after.children() - before.children()) / 1e6 / all.count(), "ms");
            line(prefix + "cpu_ms_per_click_this_jvm", (after.cpu() - before.cpu()) / 1e6 / all.count(), "ms");
            // allocation per click: the whole JVM's (the virtual users' too) and Convene's request threads' alone
            line(prefix + "alloc_kb_per_click", (after.allocated() - before.allocated()) / 1e3 / all.count(), "KB");
            line(prefix + "alloc_kb_per_click_requests",
                    (after.requestsAllocated() - before.requestsAllocated()) / 1e3 / all.count(), "KB");
            if (before.machineTicks() >= 0 && after.machineTicks() >= 0) {
                double busyMs = (after.machineTicks() - before.machineTicks()) * 1000.0 / GcWatch.TICKS_PER_SECOND;
                line(prefix + "cpu_ms_per_click_machine", busyMs / all.count(), "ms");
            }
        }
        Named heaviest = perView.stream().filter(n -> n.stats.count() > 0)
                .max(Comparator.comparingDouble(n -> n.stats.p95())).orElse(null);
        Named lightest = perView.stream().filter(n -> n.stats.count() > 0)
                .min(Comparator.comparingDouble(n -> n.stats.p95())).orElse(null);
        if (heaviest != null) {
            System.out.printf(Locale.ROOT, "LOAD %d users: heaviest view %s, lightest %s (p95)%n", users, heaviest.name, lightest.name);
            line(prefix + "heaviest_over_lightest_p95", heaviest.stats.p95() / lightest.stats.p95(), "x");
        }
        return new Step(users, all, from, to);
    }

    /** The largest measured step whose round trips met the targets (p95 ≤ 100 ms, p99.9 < 300 ms). */
    static int usersWithinTargets(List<Step> steps) {
        return steps.stream().filter(s -> s.all.count() > 0 && s.all.p95() <= P95_LIMIT_MS && s.all.p999() < P999_LIMIT_MS)
                .mapToInt(Step::users).max().orElse(0);
    }

    private static void print(String name, LatencyLog.Stats stats) {
        line(name + "_p50", stats.p50(), "ms");
        line(name + "_p95", stats.p95(), "ms");
        line(name + "_p999", stats.p999(), "ms");
        line(name + "_errors", stats.errorPercent(), "%");
        line(name + "_clicks", stats.count(), "clicks");
    }

    static void line(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "PERF %s %.2f %s", name, value, unit));
    }

    /** A measured step: its users, all its clicks, and when it was measured ({@link System#nanoTime()}). */
    record Step(int users, LatencyLog.Stats all, long from, long to) {
    }

    private record Named(String name, LatencyLog.Stats stats) {
    }
}
