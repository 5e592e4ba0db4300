package app.convene.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a started jar's threads have used so far, by kind (decision 0085): the start's own thread, the JIT
 * compilers, the garbage collector and the rest. On two cores a start is bound by all its work together, and the
 * compilers take half again as much CPU as the start's own thread; this shows it for every start the benchmark
 * makes. Read from Linux's {@code /proc/<pid>/task/<tid>/schedstat} (nanoseconds on a CPU) or, where that is
 * missing, the thread's {@code stat} (user and system clock ticks, 100 a second); empty elsewhere. Threads that ended
 * before the reading (Hibernate's builder thread, decision 0052) are counted together as {@code ended}: the process's
 * own {@code stat} holds the time of all its threads, live or ended, and what the live ones do not account for is
 * theirs (to a clock tick, 10 ms; decision 0086).
 */
record ThreadCpu(Map<String, Long> msByKind) {

    static final String MAIN = "main";
    static final String JIT = "jit";
    static final String GC = "gc";
    static final String OTHER = "other";
    static final String ENDED = "ended";
    static final List<String> KINDS = List.of(MAIN, JIT, GC, OTHER, ENDED);

    static ThreadCpu of(long pid) {
        Map<String, Long> nanosByKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> nanosByKind.put(kind, 0L));
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(Map.of());
        }
        Path process = tasks.getParent().resolve("stat");
        try (Stream<Path> threads = Files.list(tasks)) {
            // The process's time is read before and after the live threads, which go on running meanwhile: the middle
            // of the two is what they are compared with, so that their time while being read counts on neither side.
            long processBefore = ticks(Files.readString(process));
            threads.forEach(thread -> {
                try {
                    nanosByKind.merge(kind(pid, thread), cpuNanos(thread), Long::sum);
                } catch (IOException ended) {
                    // The thread ended while being read: its time is counted in the ended threads' instead.
                }
            });
            long processNanos = (processBefore + ticks(Files.readString(process))) * 5_000_000L;
            long live = nanosByKind.values().stream().mapToLong(Long::longValue).sum();
            nanosByKind.put(ENDED, Math.max(0, processNanos - live));
        } catch (IOException e) {
            return new ThreadCpu(Map.of());
        }
        Map<String, Long> byKind = new LinkedHashMap<>();
        nanosByKind.forEach((kind, nanos) -> byKind.put(kind, nanos / 1_000_000));
        return new ThreadCpu(byKind);
    }

    /**
     * Kind of a thread by its name as Linux keeps it (15 characters). The launcher's thread (thread id = process id)
     * and the JVM's main thread both keep the name {@code java}; the launcher's only waits.
     */
    static String kind(long pid, Path thread) throws IOException {
        if (thread.getFileName().toString().equals(Long.toString(pid))) {
            return OTHER;
        }
        String name = Files.readString(thread.resolve("comm")).strip();
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return GC;
        }
        return name.equals("java") ? MAIN : OTHER;
    }

    private static long cpuNanos(Path thread) throws IOException {
        Path schedstat = thread.resolve("schedstat");
        if (Files.exists(schedstat)) {
            return Long.parseLong(Files.readString(schedstat).strip().split("\\s+")[0]);
        }
        return ticks(Files.readString(thread.resolve("stat"))) * 10_000_000L;
    }

    /** User and system clock ticks from a {@code stat} line: the 14th and 15th fields. */
    private static long ticks(String stat) {
        // Fields after the name, which is in parentheses and may hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    boolean known() {
        return !msByKind.isEmpty();
    }

    long total() {
        return msByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    long ms(String kind) {
        return msByKind.getOrDefault(kind, 0L);
    }

    @Override
    public String toString() {
        return known() ? "CPU main %d ms, JIT %d ms, GC %d ms, other %d ms, ended threads %d ms".formatted(ms(MAIN),
                ms(JIT), ms(GC), ms(OTHER), ms(ENDED))
                : "CPU by thread unknown (no /proc)";
    }
}
