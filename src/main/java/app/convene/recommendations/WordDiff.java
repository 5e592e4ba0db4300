package app.convene.recommendations;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diff (Myers) of two texts: words and the whitespace between them are the units, so
 * the segments concatenate back to the old text (SAME + DELETED) and the new text (SAME + INSERTED).
 */
public final class WordDiff {

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<DiffSegment> diff(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<DiffSegment> out = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(out, DiffSegment.Kind.SAME, a.subList(position, start));
            append(out, DiffSegment.Kind.DELETED, delta.getSource().getLines());
            append(out, DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(out, DiffSegment.Kind.SAME, a.subList(position, a.size()));
        return out;
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

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORDS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
