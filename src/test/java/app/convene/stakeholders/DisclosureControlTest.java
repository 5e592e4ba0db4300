package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cell key method on its own (decision 0040): stable, bounded, unbiased, suppressing, and totals from shown cells. */
class DisclosureControlTest {

    private static final long STEP = DisclosureControl.KEY_SPACE / 3000;

    @Test
    void theSameDataAlwaysGivesTheSameTable() {
        List<CellInput> cells = List.of(new CellInput("A", 17, 123_456_789L), new CellInput("B", 8, 987_654_321L),
                new CellInput("C", 3, 5L));
        ProtectedTable first = DisclosureControl.protect(cells, 2_000_000_000L);
        assertThat(DisclosureControl.protect(List.copyOf(cells), 2_000_000_000L)).isEqualTo(first);
        assertThat(first.cells()).extracting(ProtectedCell::label).containsExactly("A", "B", "C");
    }

    @Test
    void trueCountsOneToFourArePerturbedValuesBelowFiveAreSuppressedAndZeroNeverShowsAsAPositiveCount() {
        for (long key = 0; key < DisclosureControl.KEY_SPACE; key += STEP) {
            for (long count = 0; count < 5; count++) {
                assertThat(DisclosureControl.protectedValue(count, key)).as("count %d key %d", count, key).isNull();
            }
        }
        assertThat(DisclosureControl.protectedValue(5, 0)).isEqualTo(6L);
        assertThat(DisclosureControl.protectedValue(5, DisclosureControl.KEY_SPACE - 1))
                .as("5 perturbed to 3 is below the threshold").isNull();
        ProtectedTable zeros = DisclosureControl.protect(List.of(new CellInput("none", 0, 0), new CellInput("some", 9, 42)),
                77);
        assertThat(zeros.cells().getFirst().value()).isNull();
        assertThat(zeros.total()).isEqualTo(9);
    }

    @Test
    void noiseIsAtMostTwoEveryShownValueIsAMultipleOfThreeAndOnAverageTheCountIsKept() {
        for (long count = 5; count < 60; count++) {
            Map<Long, Integer> outcomes = new HashMap<>();
            long sum = 0;
            int n = 0;
            for (long key = 0; key < DisclosureControl.KEY_SPACE; key += STEP) {
                Long value = DisclosureControl.protectedValue(count, key);
                long shown = value == null ? 3 : value; // 5 rounded down to 3 is suppressed
                assertThat(Math.abs(shown - count)).isLessThanOrEqualTo(DisclosureControl.MAX_NOISE);
                assertThat(shown % DisclosureControl.BASE).isZero();
                outcomes.merge(shown, 1, Integer::sum);
                sum += shown;
                n++;
            }
            assertThat((double) sum / n).as("mean for %d", count).isCloseTo(count, org.assertj.core.data.Offset.offset(0.01));
            assertThat(outcomes).hasSize(count % 3 == 0 ? 1 : 2);
        }
        assertThatThrownBy(() -> DisclosureControl.protectedValue(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTotalIsTheSumOfTheProtectedCellsShown() {
        Random random = new Random(18);
        for (int table = 0; table < 200; table++) {
            List<CellInput> cells = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                cells.add(new CellInput("c" + i, random.nextInt(30), random.nextLong(1L << 40)));
            }
            ProtectedTable shown = DisclosureControl.protect(cells, random.nextLong(1L << 40));
            assertThat(shown.total()).isEqualTo(shown.cells().stream()
                    .mapToLong(c -> c.value() == null ? 0 : c.value()).sum());
        }
    }

    @Test
    void onePersonMoreChangesTheNoiseOfEveryCellNotOnlyTheirs() {
        Random random = new Random(40);
        int otherCellChanged = 0;
        int tables = 900;
        for (int table = 0; table < tables; table++) {
            long keyA = random.nextLong(1L << 36);
            long keyB = random.nextLong(1L << 36);
            long population = keyA + keyB + random.nextLong(1L << 36);
            long newcomer = random.nextLong(DisclosureControl.KEY_SPACE);
            ProtectedTable before = DisclosureControl.protect(List.of(new CellInput("A", 10, keyA),
                    new CellInput("B", 7, keyB)), population);
            ProtectedTable after = DisclosureControl.protect(List.of(new CellInput("A", 11, keyA + newcomer),
                    new CellInput("B", 7, keyB)), population + newcomer);
            if (!before.cells().get(1).equals(after.cells().get(1))) {
                otherCellChanged++;
            }
        }
        // B's true count (7) shows 6 (2/3) or 9 (1/3), drawn anew: it changes in 4/9 of the tables.
        assertThat((double) otherCellChanged / tables).isBetween(0.38, 0.51);
    }
}
