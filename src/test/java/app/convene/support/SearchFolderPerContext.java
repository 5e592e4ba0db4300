package app.convene.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context of the tests its own library search folder, as decision 0026 asks (a Lucene
 * folder admits one writer, and the test JVM keeps many contexts open at once). Added with the lowest precedence,
 * so a test that names its own folder ({@code @DynamicPropertySource}, arguments of a second node) keeps it.
 */
public class SearchFolderPerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Files.createDirectories(Path.of("target"));
            Path folder = Files.createTempDirectory(Path.of("target"), "test-search-");
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-search-folder",
                    Map.of("convene.search.directory", folder.toAbsolutePath().toString())));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
