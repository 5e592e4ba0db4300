package app.convene.demo;

import app.convene.demo.internal.DemoSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The demo's files on the class path: the coalition seeds, YAML documents, CSV files, and moments in them. */
final class DemoResources {

    private DemoResources() {
    }

    /** The coalitions of {@code classpath*:demo/*.yaml}, by file name. */
    static List<DemoSeed> readSeeds() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.yaml");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(resources));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            return sorted.stream().map(DemoSeed::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list demo seeds", e);
        }
    }

    /** A YAML file from the class path, read with the safe constructor (plain maps, lists and scalars). */
    static Map<String, Object> yaml(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a class-path file, or {@code null} when there is none. */
    static byte[] resource(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return null;
        }
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** A date-time from the YAML (ISO-8601 with offset), or the fallback when none is given. */
    static Instant moment(Object value, Instant fallback) {
        if (value == null || value instanceof Boolean) {
            return fallback;
        }
        return OffsetDateTime.parse(String.valueOf(value)).toInstant();
    }
}
