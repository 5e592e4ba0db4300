package app.convene.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

import app.convene.search.SearchDocument;
import app.convene.search.SearchIndex;
import app.convene.search.SearchQuery;
import app.convene.search.SearchResult;

/**
 * {@link SearchIndex} on Apache Lucene 10 in a folder: BM25 ranking, English and Spanish stems with accents folded,
 * phrases and prefixes, highlighted snippets and facet counts. Every change is committed before it returns. A
 * rebuild writes a new folder while searches keep reading the old one, then switches over; changes wait for it.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** Raise when the layout or the analysis changes: an index of another format is rebuilt, never read. */
    public static final int FORMAT_VERSION = 2;

    /** A rebuild writes in large flushes: fewer, larger segments to merge and to search. */
    private static final double REBUILD_BUFFER_MB = 128;

    private final Analyzer analyzer = new SearchAnalyzer();
    private final FacetsConfig facets = LuceneDocuments.facetsConfig();
    private final IndexFolders folders;
    private final Searching searching;
    /** Changes share it; a rebuild holds it alone, so no change lands in the index being replaced. */
    private final ReadWriteLock changes = new ReentrantReadWriteLock();
    /** Searches and changes share it; switching to a rebuilt index holds it alone for a moment. */
    private final ReadWriteLock generations = new ReentrantReadWriteLock();
    private IndexGeneration current;
    private volatile boolean needsRebuild;

    public LuceneSearchIndex(Path base) {
        this.folders = new IndexFolders(base, FORMAT_VERSION);
        this.searching = new Searching(analyzer, facets);
        Path live = folders.live();
        needsRebuild = live == null || !IndexGeneration.exists(live);
        if (live == null) {
            live = folders.fresh();
            folders.makeLive(live);
        }
        current = IndexGeneration.open(live, analyzer);
        folders.removeAllBut(live);
    }

    @Override
    public void index(SearchDocument document) {
        change(writer -> writer.updateDocument(new Term(LuceneDocuments.ID, document.id()),
                LuceneDocuments.toLucene(document, facets)));
    }

    @Override
    public void remove(String id) {
        change(writer -> writer.deleteDocuments(new Term(LuceneDocuments.ID, id)));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        generations.readLock().lock();
        try {
            return searching.search(current.searchers(), query);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        } finally {
            generations.readLock().unlock();
        }
    }

    @Override
    public void rebuild(Stream<SearchDocument> documents) {
        changes.writeLock().lock();
        try {
            Path fresh = folders.fresh();
            write(fresh, documents);
            IndexGeneration next = IndexGeneration.open(fresh, analyzer);
            IndexGeneration previous;
            generations.writeLock().lock();
            try {
                previous = current;
                current = next;
                folders.makeLive(fresh);
                needsRebuild = false;
            } finally {
                generations.writeLock().unlock();
            }
            previous.close();
            IndexFolders.removeTree(previous.path());
        } finally {
            changes.writeLock().unlock();
        }
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public void close() {
        generations.writeLock().lock();
        try {
            current.close();
        } finally {
            generations.writeLock().unlock();
        }
    }

    private void write(Path folder, Stream<SearchDocument> documents) {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                     .setRAMBufferSizeMB(REBUILD_BUFFER_MB))) {
            for (SearchDocument document : (Iterable<SearchDocument>) documents::iterator) {
                writer.addDocument(LuceneDocuments.toLucene(document, facets));
            }
            writer.commit();
        } catch (IOException e) {
            IndexFolders.removeTree(folder);
            throw new UncheckedIOException("Rebuilding the search index failed", e);
        }
    }

    private void change(Change change) {
        changes.readLock().lock();
        generations.readLock().lock();
        try {
            change.apply(current.writer());
            current.writer().commit();
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Changing the search index failed", e);
        } finally {
            generations.readLock().unlock();
            changes.readLock().unlock();
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    @Override
    public String toString() {
        return "LuceneSearchIndex[" + current.path() + "]";
    }
}
