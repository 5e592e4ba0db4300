package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The revision diff stays bounded on long texts and still rebuilds both of them exactly. */
class WordDiffTest {

    @Test
    void twoLongRevisionsDifferingInAFewPlacesDiffWithLittleWork() {
        String older = text(2_000, "alpha");
        String newer = older.replace("word 500 alpha", "word 500 beta").replace("word 1500 alpha", "changed");
        assertThat(older.length()).isGreaterThan(200_000);
        WordDiff.Work work = new WordDiff.Work(WordDiff.LIMIT);
        List<DiffSegment> diff = WordDiff.diff(older, newer, work);
        assertRebuilds(diff, older, newer);
        assertThat(work.comparisons()).isLessThan(50_000);
        assertThat(diff).contains(new DiffSegment(DiffSegment.Kind.DELETED, "alpha"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "beta"));
    }

    @Test
    void twoLongUnrelatedRevisionsStopAtTheLimitAndShowWholeParagraphs() {
        String older = text(2_000, "alpha");
        String newer = text(2_000, "omega").replace(" ", "  ");
        WordDiff.Work work = new WordDiff.Work(WordDiff.LIMIT);
        List<DiffSegment> diff = WordDiff.diff(older, newer, work);
        assertRebuilds(diff, older, newer);
        assertThat(work.comparisons()).isLessThanOrEqualTo(WordDiff.LIMIT + 1);
    }

    private static String text(int paragraphs, String marker) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            s.append("Paragraph with word ").append(i).append(' ').append(marker)
                    .append(" and a few more words to make it about a hundred characters long here.\n\n");
        }
        return s.toString();
    }

    static void assertRebuilds(List<DiffSegment> diff, String older, String newer) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (DiffSegment s : diff) {
            if (s.kind() != DiffSegment.Kind.INSERTED) {
                a.append(s.text());
            }
            if (s.kind() != DiffSegment.Kind.DELETED) {
                b.append(s.text());
            }
        }
        assertThat(a.toString()).isEqualTo(older);
        assertThat(b.toString()).isEqualTo(newer);
    }
}
