package app.convene.support;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context of the tests its own library search folder, as decision 0026 asks (a Lucene
 * folder admits one writer, and the test JVM keeps many contexts open at once). Added with the lowest precedence,
 * so a test that names its own folder ({@code @DynamicPropertySource}, arguments of a second node) keeps it. The first
 * context of a JVM removes the folders earlier runs left ({@link LeftBehind}).
 */
public class SearchFolderPerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path folder = LeftBehind.newFolder(Path.of("target"), "test-search-");
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-search-folder",
                Map.of("convene.search.directory", folder.toAbsolutePath().toString())));
    }
}
