package app.convene.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import app.convene.search.internal.LuceneSearchIndex;

/**
 * The search index under {@code convene.search.directory} (default {@code .convene/search}; the format version is a
 * folder below it) and the text extractor with its limits. Both are created when first needed: a Lucene folder
 * admits one writer, so an application context that never searches never takes it.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @Lazy
    SearchIndex searchIndex(@Value("${convene.search.directory:.convene/search}") Path directory) {
        return new LuceneSearchIndex(directory);
    }

    @Bean(destroyMethod = "close")
    @Lazy
    TextExtractor textExtractor(
            @Value("${convene.search.extraction.max-input:52428800}") long maxInputBytes,
            @Value("${convene.search.extraction.max-characters:2000000}") int maxCharacters,
            @Value("${convene.search.extraction.time-limit:60s}") Duration timeLimit,
            @Value("${convene.search.extraction.threads:1}") int threads) {
        return new TextExtractor(maxInputBytes, maxCharacters, timeLimit, threads);
    }
}
