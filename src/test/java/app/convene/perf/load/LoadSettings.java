package app.convene.perf.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The ramp, from system properties (e.g. {@code mvn -Pperf verify -Dtest=LoadBenchmark -Dconvene.load.steps=50,100}).
 * The defaults finish in bounded time: the ramp stops at {@code convene.load.max-seconds} whatever step it is in.
 * Test JVM options (the collector, decision 54): {@code -Dload.jvm.args="-XX:+UseZGC"}.
 *
 * @param steps          users signed in and playing at each step
 * @param step           how long each step is measured at least, once all its users are signed in
 * @param minClicks      a step goes on being measured, 5 s at a time, until each view has this many clicks (a p95
 *                       of ~30 clicks is its second-slowest, and the heaviest ÷ lightest of six such p95s is mostly
 *                       chance: decision 81; with 200, six views alike could still read up to 1.84, with 800 up to
 *                       1.20–1.52 by step: decision 83), or until {@code stepMax}
 * @param stepMax        the longest a step is measured
 * @param warmUp         unmeasured time before the first step's measurement (JIT, caches)
 * @param think          mean think time between two clicks of one user (each pause is 0.5–1.5 × this)
 * @param limit          the whole ramp, sign-ins included, stops after this
 * @param signInParallel sign-ins at the same time while a step fills up
 * @param formSignIns    the first users sign in through Keycloak's form (a password check each, one at a time per
 *                       account); the later ones on the Keycloak session of an earlier user of their account
 * @param accounts       Keycloak accounts the virtual users sign in as, in turn (demo password)
 * @param heapUis        UIs opened to measure the live heap per UI
 */
record LoadSettings(List<Integer> steps, Duration step, int minClicks, Duration stepMax, Duration warmUp,
                    Duration think, Duration limit, int signInParallel, int formSignIns, List<String> accounts,
                    int heapUis) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Arrays.stream(property("steps", "50,100,250,500,1000").split(",")).map(String::strip)
                        .map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(property("step-seconds", "20"))),
                Integer.parseInt(property("min-clicks-per-view", "800")),
                Duration.ofSeconds(Long.parseLong(property("step-max-seconds", "600"))),
                Duration.ofSeconds(Long.parseLong(property("warm-up-seconds", "10"))),
                Duration.ofMillis(Long.parseLong(property("think-ms", "5000"))),
                Duration.ofSeconds(Long.parseLong(property("max-seconds", "1800"))),
                Integer.parseInt(property("sign-in-parallel", "8")),
                Integer.parseInt(property("form-sign-ins", "50")),
                Arrays.stream(property("accounts", "committee1,committee2,coordinator").split(","))
                        .map(String::strip).toList(),
                Integer.parseInt(property("heap-uis", "40")));
    }

    private static String property(String name, String fallback) {
        return System.getProperty("convene.load." + name, fallback);
    }

    String account(int user) {
        return accounts.get(user % accounts.size());
    }

    long thinkMillis(double random) {
        return (long) (think.toMillis() * (0.5 + random));
    }
}
