package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The cold-start benchmark's CPU by thread (decisions 0085, 0086): a thread that has ended still counts. */
class ThreadCpuTest {

    @Test
    void aThreadThatEndedIsCountedAsEnded() throws Exception {
        long pid = ProcessHandle.current().pid();
        ThreadCpu before = ThreadCpu.of(pid);

        Thread burner = Thread.ofPlatform().name("cpu-burner").start(() -> burn(300));
        burner.join();
        ThreadCpu after = ThreadCpu.of(pid);

        assertThat(before.known()).isTrue();
        assertThat(after.ms(ThreadCpu.ENDED) - before.ms(ThreadCpu.ENDED))
                .as("the ended thread's 300 ms, to a few clock ticks").isGreaterThanOrEqualTo(250);
        assertThat(after.total()).as("every kind together").isGreaterThanOrEqualTo(before.total() + 250);
        assertThat(after.toString()).contains("ended threads");
    }

    /** Uses the CPU until this thread has had {@code ms} of it. */
    private static void burn(long ms) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + ms * 1_000_000;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += i * 31L ^ sink;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
    }
}
