package app.convene.search.internal;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a query over title, tags, description and text (title weighs most). Only words,
 * "phrases" and prefixes (word*) have a meaning; every other query-syntax character is taken literally, so no
 * typed text can name a field or break the query. All words must occur (in any of the fields).
 */
final class QueryText {

    private static final String[] FIELDS = {
        LuceneDocuments.TITLE, LuceneDocuments.TAGS, LuceneDocuments.DESCRIPTION, LuceneDocuments.TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(
            LuceneDocuments.TITLE, 4f, LuceneDocuments.TAGS, 2f, LuceneDocuments.DESCRIPTION, 2f,
            LuceneDocuments.TEXT, 1f);
    private static final String SPECIAL = "\\+-!():^[]{}~?|&/";

    private final Analyzer analyzer;

    QueryText(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String escaped = escapeAllBut(text, "\"*");
        if (escaped.chars().filter(c -> c == '"').count() % 2 == 1) {
            escaped = escaped.replace("\"", " ");
        }
        try {
            return parser().parse(escaped);
        } catch (ParseException | RuntimeException malformed) {
            try {
                return parser().parse(QueryParser.escape(text));
            } catch (ParseException unreadable) {
                return new org.apache.lucene.search.MatchNoDocsQuery("unreadable query");
            }
        }
    }

    private MultiFieldQueryParser parser() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private static String escapeAllBut(String text, String kept) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0 && kept.indexOf(c) < 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
