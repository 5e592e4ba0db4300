package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold-start harness's log watch (decision 0086): it finds the line however the writes fall. */
class LogWatchTest {

    @TempDir
    Path folder;

    private Path log;
    private LogWatch watch;

    @BeforeEach
    void emptyLog() throws Exception {
        log = Files.createFile(folder.resolve("start.log"));
        watch = new LogWatch(log, "Started ConveneApplication");
    }

    @Test
    void findsTheMarkerOnlyOnceWrittenEvenWhenSplitAcrossReads() throws Exception {
        assertThat(watch.seen()).as("empty log").isFalse();
        append("2026-12-06 INFO Tomcat initialized\n2026-12-06 INFO Sta");
        assertThat(watch.seen()).as("only the marker's beginning").isFalse();
        append("rted Convene");
        assertThat(watch.seen()).as("still not the whole marker").isFalse();
        append("Application in 4.1 seconds\n");
        assertThat(watch.seen()).as("the marker completed by the third write").isTrue();
        assertThat(watch.seen()).as("stays seen").isTrue();
    }

    @Test
    void findsTheMarkerWhoseLastCharacterComesAlone() throws Exception {
        append("INFO Started ConveneApplicatio");
        assertThat(watch.seen()).as("all but the last character").isFalse();
        append("n in 4.1 seconds\n");
        assertThat(watch.seen()).as("the last character in a read of its own").isTrue();
    }

    @Test
    void anotherLineIsNotTheMarker() throws Exception {
        append("Starting ConveneApplication using Java 25 — ñ\nStarted ConveneApp failed\n");

        assertThat(watch.seen()).isFalse();
    }

    private void append(String text) throws Exception {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
