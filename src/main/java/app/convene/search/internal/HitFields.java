package app.convene.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads a hit's id and its passages' sources from doc values: a few bytes each, where the stored fields would
 * decompress the whole document (all of its text) for every hit.
 */
final class HitFields {

    private final List<LeafReaderContext> leaves;

    HitFields(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    String id(int docId) throws IOException {
        return value(LuceneDocuments.ID, docId);
    }

    /** The source of the passage at this index among the document's text values, or null. */
    String source(int docId, int valueIndex) throws IOException {
        String joined = value(LuceneDocuments.SOURCE, docId);
        if (joined == null) {
            return null;
        }
        String[] sources = joined.split("\u0000", -1);
        return valueIndex < sources.length ? sources[valueIndex] : null;
    }

    private String value(String field, int docId) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        return values.advanceExact(docId - leaf.docBase)
                ? values.binaryValue().utf8ToString() : null;
    }
}
