package app.convene.perf.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What the collector and the CPUs did during a step (decision 54): every GC pause of this JVM (Convene and the
 * driver share it) from the collectors' MXBean notifications, the bytes allocated, this JVM's CPU, its child
 * processes' CPU (the local Keycloak), the embedded PostgreSQL's and the whole machine's (other builds on it are
 * noise). ZGC's "Cycles" beans time concurrent work and are not pauses; their "Pauses" beans and all of G1's
 * beans (young, old, the concurrent cycle's remark and cleanup) are. Pause durations have 1 ms resolution.
 */
final class GcWatch implements AutoCloseable {

    private final ConcurrentLinkedQueue<Pause> pauses = new ConcurrentLinkedQueue<>();
    private final NotificationListener listener = this::collected;
    private final List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();

    private final MeterRegistry meters;

    GcWatch(MeterRegistry meters) {
        this.meters = meters;
        for (GarbageCollectorMXBean bean : beans) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** The collector in force and the JVM options that shape it, for the run's LOAD line. */
    String describe() {
        String names = beans.stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm") || a.startsWith("-Xs"))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "%s (options: %s; max heap %d MiB; %d CPUs)", names,
                options.isEmpty() ? "none" : options, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
    }

    Snapshot snapshot() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long children = ProcessHandle.current().descendants().mapToLong(GcWatch::cpuNanos).sum();
        // pg_ctl starts the embedded server detached (its parent is init): found by its binary's place instead
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").contains("/embedded-pg/")).mapToLong(GcWatch::cpuNanos).sum();
        ThreadTotals totals = ThreadTotals.now();
        return new Snapshot(System.nanoTime(), threads.getTotalThreadAllocatedBytes(), os.getProcessCpuTime(), children,
                postgres, machineBusyTicks(), pauses.size(), totals.requests(), totals.requestsAllocated(), totals.driver(),
                sharedReads("hit"),
                sharedReads("miss"));
    }

    /** Prints the step's lines ({@code prefix} e.g. load_500_users_) from two snapshots. */
    void print(String prefix, Snapshot from, Snapshot to) {
        double seconds = (to.nanos - from.nanos) / 1e9;
        long[] durations = pauses.stream().skip(from.pauses).limit(to.pauses - from.pauses)
                .mapToLong(Pause::millis).sorted().toArray();
        Ramp.line(prefix + "gc_pauses", durations.length, "pauses");
        Ramp.line(prefix + "gc_pause_max_ms", durations.length == 0 ? 0 : durations[durations.length - 1], "ms");
        Ramp.line(prefix + "gc_pause_ms_per_s", Arrays.stream(durations).sum() / seconds, "ms/s");
        Ramp.line(prefix + "alloc_mb_per_s", (to.allocated - from.allocated) / 1e6 / seconds, "MB/s");
        Ramp.line(prefix + "cpu_cores_this_jvm", (to.cpu - from.cpu) / 1e9 / seconds, "cores");
        Ramp.line(prefix + "cpu_cores_children", (to.children - from.children) / 1e9 / seconds, "cores");
        Ramp.line(prefix + "cpu_cores_postgres", (to.postgres - from.postgres) / 1e9 / seconds, "cores");
        Ramp.line(prefix + "cpu_cores_requests", (to.requests - from.requests) / 1e9 / seconds, "cores");
        Ramp.line(prefix + "cpu_cores_driver", (to.driver - from.driver) / 1e9 / seconds, "cores");
        if (from.machineTicks >= 0 && to.machineTicks >= 0) {
            double machine = (to.machineTicks - from.machineTicks) / (double) TICKS_PER_SECOND / seconds;
            Ramp.line(prefix + "cpu_cores_machine", machine, "cores");
        }
        double hits = to.sharedHits - from.sharedHits;
        double misses = to.sharedMisses - from.sharedMisses;
        Ramp.line(prefix + "shared_reads_per_s", (hits + misses) / seconds, "1/s");
        Ramp.line(prefix + "shared_reads_hit", hits + misses == 0 ? 0 : 100 * hits / (hits + misses), "%");
        Ramp.line(prefix + "load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
    }

    /** The whole run's pauses, by collector bean and cause. */
    String pauseSummary() {
        return pauses.stream().collect(Collectors.groupingBy(p -> p.collector + " (" + p.cause + ")",
                Collectors.summarizingLong(Pause::millis))).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s: %d, max %d ms, total %d ms", e.getKey(),
                        e.getValue().getCount(), e.getValue().getMax(), e.getValue().getSum()))
                .sorted().collect(Collectors.joining("; "));
    }

    long maxPauseMillis() {
        return pauses.stream().mapToLong(Pause::millis).max().orElse(0);
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!info.getGcName().contains("Cycles")) {
            pauses.add(new Pause(info.getGcName(), info.getGcCause(), info.getGcInfo().getDuration()));
        }
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean bean : beans) {
            if (bean instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // not registered on this bean
                }
            }
        }
    }

    static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Convene's {@code convene.shared.reads} counter with this result (decision 67). */
    private double sharedReads(String result) {
        Counter counter = meters.find("convene.shared.reads").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Busy CPU ticks of the whole machine (all but idle and iowait, /proc/stat), or -1 where there is none. */
    private static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) { // user nice system idle iowait irq softirq steal
                busy += (i == 4 || i == 5) ? 0 : Long.parseLong(cpu[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * {@code requests}: CPU of Tomcat's threads (Convene answering the clicks, without its collector, compiler and
     * background jobs); {@code driver}: the virtual users' carrier threads and HTTP clients' threads. Threads that
     * ended between two snapshots are missed, so both are lower bounds. {@code children}: this JVM's child processes
     * (the local Keycloak); {@code postgres}: the embedded PostgreSQL's server processes (connections that closed
     * between two snapshots are missed).
     */
    record Snapshot(long nanos, long allocated, long cpu, long children, long postgres, long machineTicks, int pauses,
                    long requests, long requestsAllocated, long driver, double sharedHits, double sharedMisses) {
    }

    private record Pause(String collector, String cause, long millis) {
    }

    /** CPU time of Tomcat's threads and of the driver's, and what Tomcat's allocated, so far (see {@link Snapshot}). */
    record ThreadTotals(long requests, long requestsAllocated, long driver) {

        static ThreadTotals now() {
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] ids = threads.getAllThreadIds();
            ThreadInfo[] infos = threads.getThreadInfo(ids);
            long[] times = threads.getThreadCpuTime(ids);
            long[] allocated = threads.getThreadAllocatedBytes(ids);
            long requests = 0;
            long requestsAllocated = 0;
            long driver = 0;
            for (int i = 0; i < ids.length; i++) {
                if (infos[i] == null || times[i] < 0) {
                    continue;
                }
                String name = infos[i].getThreadName();
                if (name.startsWith("http-nio-")) {
                    requests += times[i];
                    requestsAllocated += Math.max(0, allocated[i]);
                } else if (name.startsWith("ForkJoinPool-") || name.startsWith("HttpClient-")) {
                    driver += times[i];
                }
            }
            return new ThreadTotals(requests, requestsAllocated, driver);
        }
    }
}
