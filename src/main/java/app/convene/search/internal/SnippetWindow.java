package app.convene.search.internal;

import java.util.ArrayList;
import java.util.List;

import app.convene.search.Snippet;

/**
 * Cuts a matching passage (one stored value, up to a couple of thousand characters) down to about
 * {@link #LENGTH} characters around the densest run of matches, on word boundaries, marking the matches. Cheaper
 * than a sentence break iterator run over the whole text of a document for every hit.
 */
final class SnippetWindow {

    static final int LENGTH = 240;
    /** Characters of context kept before the first match in the window. */
    private static final int LEAD = 60;
    private static final String CUT = "…";

    private SnippetWindow() {
    }

    /** The parts of {@code content[start, end)} around the matches (sorted by start), or null without matches. */
    static List<Snippet.Part> parts(String content, int start, int end, int[] matchStarts, int[] matchEnds,
                                    int matches) {
        int from = start;
        int to = end;
        if (end - start > LENGTH && matches > 0) {
            int best = -1;
            for (int i = 0, bestCount = -1; i < matches; i++) {
                int[] window = window(start, end, matchStarts[i]);
                int count = 0;
                for (int j = i; j < matches && matchEnds[j] <= window[1]; j++) {
                    count++;
                }
                if (count > bestCount) {
                    best = i;
                    bestCount = count;
                }
            }
            int[] window = window(start, end, matchStarts[best]);
            from = window[0] > start ? wordStart(content, window[0], matchStarts[best]) : start;
            to = window[1] < end ? wordEnd(content, window[1], Math.min(window[1], lastEndWithin(matchEnds,
                    matches, window[1], matchStarts[best]))) : end;
        } else if (end - start > LENGTH) {
            to = wordEnd(content, start + LENGTH, start);
        }
        return marked(content, from, to, start, end, matchStarts, matchEnds, matches);
    }

    private static int[] window(int start, int end, int firstMatch) {
        int from = Math.max(start, firstMatch - LEAD);
        int to = Math.min(end, from + LENGTH);
        if (to == end) {
            from = Math.max(start, end - LENGTH);
        }
        return new int[] {from, to};
    }

    private static int lastEndWithin(int[] matchEnds, int matches, int limit, int floor) {
        int last = floor;
        for (int j = 0; j < matches; j++) {
            if (matchEnds[j] <= limit) {
                last = Math.max(last, matchEnds[j]);
            }
        }
        return last;
    }

    /** The start of the first whole word at or after {@code at}, never past {@code limit}. */
    private static int wordStart(String content, int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (Character.isWhitespace(content.charAt(i - 1))) {
                return i;
            }
        }
        return Math.min(at, limit);
    }

    /** The end of the last whole word at or before {@code at}, never before {@code floor}. */
    private static int wordEnd(String content, int at, int floor) {
        for (int i = at; i > floor; i--) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i;
            }
        }
        return Math.max(at, floor);
    }

    private static List<Snippet.Part> marked(String content, int from, int to, int start, int end,
                                             int[] matchStarts, int[] matchEnds, int matches) {
        List<Snippet.Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(from > start ? CUT : "");
        int at = from;
        for (int m = 0; m < matches; m++) {
            int matchFrom = Math.max(at, matchStarts[m]);
            int matchTo = Math.min(to, matchEnds[m]);
            if (matchTo <= matchFrom) {
                continue;
            }
            plain.append(content, at, matchFrom);
            add(parts, plain.toString(), false);
            plain.setLength(0);
            add(parts, content.substring(matchFrom, matchTo), true);
            at = matchTo;
        }
        plain.append(content, at, to).append(to < end ? CUT : "");
        add(parts, plain.toString(), false);
        return parts;
    }

    private static void add(List<Snippet.Part> parts, String text, boolean match) {
        if (!text.isEmpty()) {
            parts.add(new Snippet.Part(text.replace('\u0000', ' '), match));
        }
    }
}
