package app.convene.library.internal;

import app.convene.library.BlobStore;
import app.convene.search.Extraction;
import app.convene.search.SearchDocument;
import app.convene.search.SearchIndex;
import app.convene.search.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's search index current from {@code library_outbox}: each changed resource is read again from
 * PostgreSQL, the text of its new versions extracted (status INDEXED or FAILED with the reason stored on the
 * version), and its document indexed or removed. The node's place in the outbox is kept next to its index, so
 * every node applies every change, even one made while it was down.
 */
@Component
public class LibraryIndexer {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndexer.class);
    private static final int BATCH = 100;

    private final LibraryIndexQueries queries;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final ObjectProvider<TextExtractor> extractor;
    private final OutboxPosition position;

    LibraryIndexer(LibraryIndexQueries queries, BlobStore blobs, @Lazy SearchIndex index,
                   ObjectProvider<TextExtractor> extractor, OutboxPosition position) {
        this.queries = queries;
        this.blobs = blobs;
        this.index = index;
        this.extractor = extractor;
        this.position = position;
    }

    /** Rebuilds the index when it is missing or old, then applies the outbox's new rows; returns how many. */
    public synchronized int catchUp() {
        if (index.needsRebuild() || !position.builtFrom(queries.databaseIdentity())) {
            rebuild();
        }
        int applied = 0;
        List<LibraryIndexQueries.OutboxRow> rows;
        do {
            OutboxPosition.Place place = position.get();
            rows = queries.outboxAfter(place.tx(), place.id(), BATCH);
            for (LibraryIndexQueries.OutboxRow row : rows) {
                if (row.op().equals("DELETE")) {
                    index.remove(documentId(row.resourceId()));
                } else {
                    document(row.resourceId()).ifPresentOrElse(index::index,
                            () -> index.remove(documentId(row.resourceId())));
                }
                position.set(new OutboxPosition.Place(row.tx(), row.id()));
                applied++;
            }
        } while (rows.size() == BATCH);
        return applied;
    }

    /**
     * Replaces the whole index with every resource in the database. What transactions older than every one
     * running now wrote is in what the rebuild reads; the outbox rows of the others are applied afterwards.
     */
    public synchronized void rebuild() {
        long before = queries.oldestRunningTransaction();
        index.rebuild(queries.resourceIds().stream().map(this::document).flatMap(Optional::stream));
        position.set(new OutboxPosition.Place(before, 0));
        position.markBuiltFrom(queries.databaseIdentity());
        log.info("Rebuilt the library's search index from the database");
    }

    public static String documentId(long resourceId) {
        return Long.toString(resourceId);
    }

    private Optional<SearchDocument> document(long resourceId) {
        return queries.resource(resourceId).map(resource -> {
            List<SearchDocument.Passage> passages = new ArrayList<>();
            for (LibraryIndexQueries.IndexedVersion version : queries.versions(resourceId)) {
                if (!version.status().equals("FAILED")) {
                    passages.addAll(passages(version));
                }
            }
            return new SearchDocument(documentId(resourceId), resource.initiativeId(), Set.of(key(resource)),
                    resource.title(), resource.description(), queries.tagNames(resourceId), resource.type(),
                    resource.language(), resource.workgroupId() == null ? null : resource.workgroupId().toString(),
                    passages);
        });
    }

    private List<SearchDocument.Passage> passages(LibraryIndexQueries.IndexedVersion version) {
        Extraction extraction;
        try (InputStream content = blobs.open(version.blobKey())) {
            extraction = extractor.getObject().extract(content, version.mediaType());
        } catch (IOException missing) {
            extraction = Extraction.failed(Extraction.Failure.CORRUPT);
        }
        String status = extraction.succeeded() ? "INDEXED" : "FAILED";
        if (!status.equals(version.status())) {
            queries.extracted(version.id(), status, extraction.succeeded() ? null : extraction.failure().name());
        }
        return extraction.passages().stream()
                .map(p -> new SearchDocument.Passage(version.id() + ":" + p.page(), p.text())).toList();
    }

    /** The key a reader must hold, as decision 0026 names them. */
    static String key(LibraryIndexQueries.IndexedResource resource) {
        return switch (resource.visibility()) {
            case "PUBLIC" -> "public";
            case "MEMBERS" -> "members:" + resource.initiativeId();
            case "COMMITTEE" -> "committee:" + resource.initiativeId();
            default -> "workgroup:" + resource.workgroupId();
        };
    }
}
