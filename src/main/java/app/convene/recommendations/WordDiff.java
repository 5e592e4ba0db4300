package app.convene.recommendations;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff (Myers) of two texts: words and the whitespace between them are the units, so
 * the segments concatenate back to the old text (SAME + DELETED) and the new text (SAME + INSERTED).
 * Bounded: lines are compared first and only the changed runs of lines are compared word by word;
 * once {@link #LIMIT} comparisons are spent, what is left to compare shows as a whole deletion and
 * insertion.
 */
public final class WordDiff {

    static final long LIMIT = 2_000_000;

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    private WordDiff() {
    }

    public static List<DiffSegment> diff(String older, String newer) {
        return diff(older, newer, new Work(LIMIT));
    }

    static List<DiffSegment> diff(String older, String newer, Work work) {
        List<DiffSegment> out = new ArrayList<>();
        walk(out, tokens(LINES, older), tokens(LINES, newer), work, (a, b) -> words(out, a, b, work));
        return out;
    }

    /** Word diff of a changed run of lines. */
    private static void words(List<DiffSegment> out, List<String> older, List<String> newer, Work work) {
        walk(out, tokens(WORDS, String.join("", older)), tokens(WORDS, String.join("", newer)), work, (a, b) -> {
            append(out, DiffSegment.Kind.DELETED, a);
            append(out, DiffSegment.Kind.INSERTED, b);
        });
    }

    /** Diffs the units, handing each changed run to {@code changed}; all of it changed once the work is spent. */
    private static void walk(List<DiffSegment> out, List<String> a, List<String> b, Work work,
                             BiConsumer<List<String>, List<String>> changed) {
        List<AbstractDelta<String>> deltas;
        try {
            deltas = DiffUtils.diff(a, b, work::equal).getDeltas();
        } catch (Exhausted e) {
            append(out, DiffSegment.Kind.DELETED, a);
            append(out, DiffSegment.Kind.INSERTED, b);
            return;
        }
        int position = 0;
        for (AbstractDelta<String> delta : deltas) {
            int start = delta.getSource().getPosition();
            append(out, DiffSegment.Kind.SAME, a.subList(position, start));
            changed.accept(delta.getSource().getLines(), delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(out, DiffSegment.Kind.SAME, a.subList(position, a.size()));
    }

    private static void append(List<DiffSegment> out, DiffSegment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new DiffSegment(kind, out.getLast().text() + text));
        } else {
            out.add(new DiffSegment(kind, text));
        }
    }

    private static List<String> tokens(Pattern unit, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = unit.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Counts the comparisons a diff makes and stops it past its limit. */
    static final class Work {
        private final long limit;
        private long comparisons;

        Work(long limit) {
            this.limit = limit;
        }

        long comparisons() {
            return comparisons;
        }

        boolean equal(String x, String y) {
            if (++comparisons > limit) {
                throw new Exhausted();
            }
            return x.equals(y);
        }
    }

    private static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }
}
