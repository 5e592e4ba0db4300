package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The cold-start benchmark's CPU by thread (decisions 0085, 0086), on this JVM's own threads. */
class ThreadCpuTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aThreadThatEndedIsCountedAsEnded() throws Exception {
        assertThat(THREADS.isCurrentThreadCpuTimeSupported()).as("the JVM measures a thread's CPU").isTrue();
        long pid = ProcessHandle.current().pid();
        ThreadCpu before = ThreadCpu.of(pid);
        assertThat(before.known()).as("Linux's /proc, which Convene's machines and CI have").isTrue();

        AtomicReference<Path> task = new AtomicReference<>();
        Thread burner = Thread.ofPlatform().name("cpu-burner").start(() -> {
            task.set(taskOfThisThread());
            burn(300);
        });
        burner.join();
        awaitGone(task.get());
        ThreadCpu after = ThreadCpu.of(pid);

        assertThat(after.ms(ThreadCpu.ENDED) - before.ms(ThreadCpu.ENDED))
                .as("the ended thread's 300 ms, to a few clock ticks").isGreaterThanOrEqualTo(250);
        assertThat(after.toString()).contains("ended threads");
    }

    /** Live and ended together are the process's CPU as the JDK reads it: no lost or doubled time, no wrong unit. */
    @Test
    void everyKindTogetherIsTheProcesssCpu() {
        long pid = ProcessHandle.current().pid();
        long jdkBefore = processCpuMs();
        ThreadCpu cpu = ThreadCpu.of(pid);
        long jdkAfter = processCpuMs();

        assertThat(cpu.total()).as("between the JDK's readings before and after, to three clock ticks")
                .isBetween(jdkBefore - 30, jdkAfter + 30);
        assertThat(cpu.ms(ThreadCpu.MAIN) + cpu.ms(ThreadCpu.OTHER)).as("this test's threads have run").isPositive();
    }

    private static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
    }

    private static Path taskOfThisThread() {
        try {
            return Path.of("/proc/thread-self").toRealPath();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A joined thread's task folder goes a moment after {@code join} returns: until then it is still live. */
    private static void awaitGone(Path task) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(task)) {
            assertThat(System.nanoTime()).as(task + " still there").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Uses the CPU until this thread has had {@code ms} of it. */
    private static void burn(long ms) {
        long until = THREADS.getCurrentThreadCpuTime() + ms * 1_000_000;
        long sink = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += i * 31L ^ sink;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
    }
}
