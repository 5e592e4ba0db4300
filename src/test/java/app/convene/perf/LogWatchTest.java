package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold-start harness's log watch (decision 0086): it finds the line however the writes fall. */
class LogWatchTest {

    @TempDir
    Path folder;

    @Test
    void findsTheMarkerOnlyOnceWrittenEvenWhenSplitAcrossReads() throws Exception {
        Path log = Files.createFile(folder.resolve("start.log"));
        LogWatch watch = new LogWatch(log, "Started ConveneApplication");

        assertThat(watch.seen()).as("empty log").isFalse();
        append(log, "2026-12-06 INFO Tomcat initialized\n2026-12-06 INFO Sta");
        assertThat(watch.seen()).as("only the marker's beginning").isFalse();
        append(log, "rted Convene");
        assertThat(watch.seen()).as("still not the whole marker").isFalse();
        append(log, "Application in 4.1 seconds\n");
        assertThat(watch.seen()).as("the marker completed by the third write").isTrue();
        assertThat(watch.seen()).as("stays seen").isTrue();
    }

    @Test
    void findsTheMarkerWhoseLastCharacterComesAlone() throws Exception {
        Path log = Files.createFile(folder.resolve("start.log"));
        LogWatch watch = new LogWatch(log, "Started ConveneApplication");

        append(log, "INFO Started ConveneApplicatio");
        assertThat(watch.seen()).as("all but the last character").isFalse();
        append(log, "n in 4.1 seconds\n");
        assertThat(watch.seen()).as("the last character in a read of its own").isTrue();
    }

    @Test
    void anotherLineIsNotTheMarker() throws Exception {
        Path log = Files.createFile(folder.resolve("start.log"));
        LogWatch watch = new LogWatch(log, "Started ConveneApplication");

        append(log, "Starting ConveneApplication using Java 25 — ñ\nStarted ConveneApp failed\n");

        assertThat(watch.seen()).isFalse();
    }

    private static void append(Path log, String text) throws Exception {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
