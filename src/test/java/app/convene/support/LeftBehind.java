package app.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.util.FileSystemUtils;

/**
 * Folders the tests make for themselves that outlive the test that made them, and those earlier runs left behind: a
 * search folder per application context, the restart test's PostgreSQL data folder (both under {@code target}; a
 * context lives in Spring's cache until the JVM ends, the restart test's server until its class ends, so a JUnit
 * temporary folder would go before them). Each kind
 * is swept once per test JVM, when the first of its folders is made: those whose own entry has not changed for an
 * hour go (a folder's time changes when an entry is added to it or removed, not when a file inside is written; no
 * test JVM runs that long, and one running alongside, a benchmark's, keeps its own). A working copy's runs had left
 * thousands of search folders (decision 0082) and 1.5 GB of database folders (decision 0088).
 */
public final class LeftBehind {

    static final Duration AGE = Duration.ofHours(1);
    private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();

    private LeftBehind() {
    }

    /**
     * A new folder {@code prefix…} in {@code parent}, after removing (once per JVM and prefix) the ones earlier
     * runs left there that have not changed for an hour.
     */
    public static Path newFolder(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            if (SWEPT.add(parent.toAbsolutePath() + "/" + prefix)) {
                sweep(parent, prefix, Instant.now().minus(AGE));
            }
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Removes the folders {@code prefix…} in {@code parent} last changed before {@code before}. */
    static void sweep(Path parent, String prefix, Instant before) throws IOException {
        try (var folders = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path folder : folders) {
                try {
                    if (Files.isDirectory(folder) && Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                        remove(folder);
                    }
                } catch (IOException gone) {
                    // another JVM's sweep removed it meanwhile
                }
            }
        }
    }

    /** Removes a folder and what it holds; what cannot be removed now is left for a later sweep. */
    static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException stillInUse) {
            // a file another process still holds: the next run's sweep takes it
        }
    }
}
