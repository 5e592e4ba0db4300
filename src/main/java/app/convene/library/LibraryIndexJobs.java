package app.convene.library;

import app.convene.library.internal.LibraryIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds (the first run a few seconds after start-up, off the start-up thread) the search index is
 * rebuilt from the database when it is missing or old, and the library's outbox reaches it. Off with the other
 * scheduled jobs ({@code convene.scheduling.enabled=false}, as in tests, which call {@link LibraryIndexer#catchUp()}
 * directly).
 */
@Component
@ConditionalOnProperty(name = "convene.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class LibraryIndexJobs {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndexJobs.class);

    private final LibraryIndexer indexer;

    LibraryIndexJobs(LibraryIndexer indexer) {
        this.indexer = indexer;
    }

    @Scheduled(fixedDelayString = "${convene.library.index-delay-ms:3000}", initialDelay = 3000)
    void catchUp() {
        int applied = indexer.catchUp();
        if (applied > 0) {
            log.debug("Applied {} library change(s) to the search index", applied);
        }
    }
}
