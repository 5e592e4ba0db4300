package app.convene.search.internal;

import java.util.List;

import app.convene.search.Extraction;

/**
 * Cuts text into passages of about {@link #TARGET} characters along paragraph breaks, within a budget of characters
 * for the whole file.
 */
final class PassageSplitter {

    static final int TARGET = 1000;

    private final List<Extraction.Passage> passages;
    private final int budget;
    private int used;
    private boolean truncated;

    PassageSplitter(List<Extraction.Passage> passages, int budget) {
        this.passages = passages;
        this.budget = budget;
    }

    /** Adds the text of one page (0 when the format has no pages); false once the budget is spent. */
    boolean add(int page, String text) {
        StringBuilder passage = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R|\\R")) {
            String clean = paragraph.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (passage.length() > 0 && passage.length() + clean.length() > TARGET) {
                if (!emit(page, passage)) {
                    return false;
                }
                passage.setLength(0);
            }
            if (passage.length() > 0) {
                passage.append('\n');
            }
            passage.append(clean);
            while (passage.length() > TARGET * 2) {
                if (!emit(page, new StringBuilder(passage.substring(0, TARGET)))) {
                    return false;
                }
                passage.delete(0, TARGET);
            }
        }
        return passage.isEmpty() || emit(page, passage);
    }

    boolean truncated() {
        return truncated;
    }

    private boolean emit(int page, CharSequence text) {
        int room = budget - used;
        if (room <= 0) {
            truncated = true;
            return false;
        }
        String kept = text.length() <= room ? text.toString() : text.subSequence(0, room).toString();
        passages.add(new Extraction.Passage(page, kept));
        used += kept.length();
        if (kept.length() < text.length()) {
            truncated = true;
            return false;
        }
        return true;
    }
}
