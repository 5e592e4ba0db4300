package app.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives every application context of the tests its own library search folder, as decision 0026 asks (a Lucene
 * folder admits one writer, and the test JVM keeps many contexts open at once). Added with the lowest precedence,
 * so a test that names its own folder ({@code @DynamicPropertySource}, arguments of a second node) keeps it. The first
 * context of a JVM removes the folders earlier runs left that have not changed for an hour (no test JVM runs that
 * long; one running alongside, a benchmark's, keeps its own): a working copy's runs left thousands (decision 0082).
 */
public class SearchFolderPerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Duration LEFT_BEHIND = Duration.ofHours(1);
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Files.createDirectories(Path.of("target"));
            if (SWEPT.compareAndSet(false, true)) {
                sweep(Path.of("target"), Instant.now().minus(LEFT_BEHIND));
            }
            Path folder = Files.createTempDirectory(Path.of("target"), "test-search-");
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-search-folder",
                    Map.of("convene.search.directory", folder.toAbsolutePath().toString())));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Removes the search folders under {@code target} last changed before {@code before}. */
    static void sweep(Path target, Instant before) throws IOException {
        try (var folders = Files.newDirectoryStream(target, "test-search-*")) {
            for (Path folder : folders) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    FileSystemUtils.deleteRecursively(folder);
                }
            }
        }
    }
}
