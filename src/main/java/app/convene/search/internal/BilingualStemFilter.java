package app.convene.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Emits the English stem of each word and, when different, its Spanish stem at the same position, so one field
 * serves both languages: a query in either language meets the text in its own stem, and phrases still work.
 */
final class BilingualStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final SnowballStemmer english = new EnglishStemmer();
    private final SnowballStemmer spanish = new SpanishStemmer();
    private State pending;
    private String pendingStem;

    BilingualStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            term.setEmpty().append(pendingStem);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String englishStem = stem(english, word);
        String spanishStem = stem(spanish, word);
        term.setEmpty().append(englishStem);
        if (!spanishStem.equals(englishStem)) {
            pending = captureState();
            pendingStem = spanishStem;
        }
        return true;
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
