package app.convene.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import app.convene.search.Snippet;

/**
 * Snippets from the passage that matched best, through Lucene's UnifiedHighlighter (offsets from the postings).
 * The text of the files comes first; a document found only by its title or tags shows its description's start.
 */
final class Snippets {

    private static final int LENGTH = 240;
    /** How much of a document's text the highlighter reads: all of it up to the extractor's default cap. */
    private static final int TEXT_READ = 2_100_000;
    private static final String[] FIELDS = {LuceneDocuments.TEXT, LuceneDocuments.DESCRIPTION};

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id given, in the same order; null where the document has no text at all. */
    List<Snippet> of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Formatter())
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(TEXT_READ)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f)));
        Map<String, Object[]> found = highlighter.highlight(query, docIds);
        List<Snippet> snippets = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Document stored = searcher.storedFields().document(docIds[i], LuceneDocuments.SNIPPET_FIELDS);
            snippets.add(pick(found, i, stored));
        }
        return snippets;
    }

    private static Snippet pick(Map<String, Object[]> found, int i, Document stored) {
        if (found.get(LuceneDocuments.TEXT)[i] instanceof Marked text) {
            String[] sources = stored.getValues(LuceneDocuments.SOURCE);
            String source = text.valueIndex < sources.length ? sources[text.valueIndex] : null;
            return new Snippet(LuceneDocuments.TEXT, source, text.parts);
        }
        if (found.get(LuceneDocuments.DESCRIPTION)[i] instanceof Marked description) {
            return new Snippet(LuceneDocuments.DESCRIPTION, null, description.parts);
        }
        String description = stored.get(LuceneDocuments.DESCRIPTION);
        if (description == null) {
            return null;
        }
        String start = description.length() <= LENGTH ? description : description.substring(0, LENGTH) + "…";
        return new Snippet(LuceneDocuments.DESCRIPTION, null, List.of(new Snippet.Part(start, false)));
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
            while (start < passage.getEndOffset() && content.charAt(start) == '\u0000') {
                start++;
            }
            int valueIndex = (int) content.substring(0, start).chars().filter(c -> c == '\u0000').count();
            List<Snippet.Part> parts = new ArrayList<>();
            int at = start;
            for (int m = 0; m < passage.getNumMatches(); m++) {
                int from = Math.max(at, passage.getMatchStarts()[m]);
                int to = Math.min(passage.getEndOffset(), passage.getMatchEnds()[m]);
                if (to <= from) {
                    continue;
                }
                addPart(parts, content.substring(at, from), false);
                addPart(parts, content.substring(from, to), true);
                at = to;
            }
            addPart(parts, content.substring(at, passage.getEndOffset()), false);
            return new Marked(valueIndex, parts);
        }

        private static void addPart(List<Snippet.Part> parts, String text, boolean match) {
            if (!text.isEmpty()) {
                parts.add(new Snippet.Part(text.replace('\u0000', ' '), match));
            }
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
