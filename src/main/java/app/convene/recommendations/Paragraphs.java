package app.convene.recommendations;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraphs of a Markdown text (blocks separated by blank lines) and finding one again after edits. */
public final class Paragraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    /** Share of words a changed paragraph must keep to still count as the same paragraph. */
    static final double SAME_PARAGRAPH = 0.6;

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(BLANK_LINE.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Where the paragraph is in the new text: the same text wins (nearest to its old place), else
     * the most similar paragraph if it kept at least {@value #SAME_PARAGRAPH} of its words, else -1.
     */
    public static int find(String paragraph, int oldIndex, List<String> now) {
        int best = -1;
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).equals(paragraph) && (best < 0 || Math.abs(i - oldIndex) < Math.abs(best - oldIndex))) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        double bestScore = SAME_PARAGRAPH;
        for (int i = 0; i < now.size(); i++) {
            double score = similarity(paragraph, now.get(i));
            if (score >= bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Words in common (by the word diff) over the words of the longer text. */
    static double similarity(String a, String b) {
        int same = 0;
        for (DiffSegment s : WordDiff.diff(a, b)) {
            if (s.kind() == DiffSegment.Kind.SAME) {
                same += words(s.text());
            }
        }
        int longest = Math.max(words(a), words(b));
        return longest == 0 ? 0 : (double) same / longest;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
