package app.convene.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/** One on-disk index (a folder) with its writer and the searchers that read it. */
record IndexGeneration(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

    static boolean exists(Path path) {
        try (FSDirectory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    static IndexGeneration open(Path path, Analyzer analyzer) {
        try {
            FSDirectory directory = FSDirectory.open(path);
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            return new IndexGeneration(path, directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index at " + path, e);
        }
    }
}
