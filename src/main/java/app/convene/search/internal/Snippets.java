package app.convene.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import app.convene.search.Snippet;

/**
 * Snippets from the passage that matched best, through Lucene's UnifiedHighlighter (offsets from the postings).
 * Each stored passage is one highlighter passage (no sentence analysis of the whole text); the best one is cut to
 * about 240 characters around its matches ({@link SnippetWindow}). The text of the files comes first; a document
 * found only by its title or tags shows its description's start. Ids and sources come from doc values, so the
 * stored text is read once per hit, by the highlighter. Offsets come from the query's terms in the postings, not
 * from the query's "matches" (which builds the whole query again for every hit and field).
 */
final class Snippets {

    /** How much of a document's text the highlighter reads: all of it up to the extractor's default cap. */
    private static final int TEXT_READ = 2_100_000;
    /** How the highlighter joins a field's values (UnifiedHighlighter.MULTIVAL_SEP_CHAR). */
    private static final char SEPARATOR = '\u0000';
    private static final String[] FIELDS = {LuceneDocuments.TEXT, LuceneDocuments.DESCRIPTION};

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id given, in the same order; null where the document has no text at all. */
    List<Snippet> of(IndexSearcher searcher, HitFields hitFields, Query query, int[] docIds) throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Formatter())
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(TEXT_READ)
                .withBreakIterator(WholeBreakIterator::new));
        Map<String, Object[]> found = highlighter.highlight(query, docIds);
        List<Snippet> snippets = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            snippets.add(pick(found, i, docIds[i], searcher, hitFields));
        }
        return snippets;
    }

    private static Snippet pick(Map<String, Object[]> found, int i, int docId, IndexSearcher searcher,
                                HitFields hitFields) throws IOException {
        if (found.get(LuceneDocuments.TEXT)[i] instanceof Marked text) {
            return new Snippet(LuceneDocuments.TEXT, hitFields.source(docId, text.valueIndex), text.parts);
        }
        if (found.get(LuceneDocuments.DESCRIPTION)[i] instanceof Marked description) {
            return new Snippet(LuceneDocuments.DESCRIPTION, null, description.parts);
        }
        Document stored = searcher.storedFields().document(docId, LuceneDocuments.SNIPPET_FIELDS);
        String description = stored.get(LuceneDocuments.DESCRIPTION);
        if (description == null) {
            return null;
        }
        List<Snippet.Part> start = SnippetWindow.parts(description, 0, description.length(), new int[0],
                new int[0], 0);
        return new Snippet(LuceneDocuments.DESCRIPTION, null, start);
    }

    /** A highlighted passage and which of the field's values it lies in. */
    private record Marked(int valueIndex, List<Snippet.Part> parts) {
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            while (start < end && content.charAt(start) == SEPARATOR) {
                start++;
            }
            while (end > start && content.charAt(end - 1) == SEPARATOR) {
                end--;
            }
            int valueIndex = 0;
            for (int at = 0; at < start; at++) {
                if (content.charAt(at) == SEPARATOR) {
                    valueIndex++;
                }
            }
            return new Marked(valueIndex, SnippetWindow.parts(content, start, end, passage.getMatchStarts(),
                    passage.getMatchEnds(), passage.getNumMatches()));
        }
    }

    /** Opens the highlighter's per-document entry point. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(FIELDS, query, docIds, new int[] {1, 1});
        }
    }
}
