package app.convene.stakeholders;

import java.util.ArrayList;
import java.util.List;

/**
 * The one disclosure-control step for every count that involves the self-identified demographics
 * (decision 0040): the cell key method. Every registration carries a fixed random key in [0, 2^31)
 * ({@code registration.cell_key}); a cell's key is the sum of its members' keys plus a mix of the
 * table (its population's key sum and every cell's key sum), modulo 2^31; the cell's noise is looked
 * up from that key in a fixed perturbation table (p-table) whose rows are the true count modulo 3 and
 * whose noise is -2..+2 with mean 0: it rounds every count at random to a multiple of 3 (unbiased
 * random rounding to base 3). True counts 1 to 4 and perturbed values below 5 are suppressed, zero
 * stays zero (never shown as a positive count), and the total is the sum of the protected cells shown.
 * The same data always gives the same table; one person more or less changes the noise of every cell.
 */
public final class DisclosureControl {

    /** Counts (true or perturbed) below this are never shown. */
    public static final int THRESHOLD = Demographics.SUPPRESS_BELOW;
    /** Largest noise added or taken away (public, like the threshold). */
    public static final int MAX_NOISE = 2;
    /** Every shown value is a multiple of this. */
    public static final int BASE = 3;
    /** Keys and cell keys lie in [0, KEY_SPACE). */
    public static final long KEY_SPACE = 1L << 31;

    /**
     * The p-table: for a true count with remainder r modulo 3 (the row), the noise for a cell key
     * below {@code KEY_SPACE * UP_BELOW[r] / 3} is {@code UP[r]}, otherwise {@code DOWN[r]}. Row 0 keeps the
     * count; row 1 gives -1 with probability 2/3 and +2 with 1/3; row 2 gives +1 with 2/3 and -2 with 1/3.
     */
    private static final int[] UP_BELOW = {0, 1, 2};
    private static final int[] UP = {0, 2, 1};
    private static final int[] DOWN = {0, -1, -2};

    private DisclosureControl() {
    }

    /** populationKeySum: sum of the cell keys of everyone the table is about (the table's population). */
    public static ProtectedTable protect(List<CellInput> cells, long populationKeySum) {
        long mix = tableMix(cells, populationKeySum);
        List<ProtectedCell> shown = new ArrayList<>(cells.size());
        long total = 0;
        for (CellInput cell : cells) {
            Long value = protectedValue(cell.count(), Math.floorMod(cell.keySum() + mix, KEY_SPACE));
            shown.add(new ProtectedCell(cell.label(), value));
            total += value == null ? 0 : value;
        }
        return new ProtectedTable(shown, total);
    }

    /** The published value of a true count with the given cell key; null: suppressed. */
    static Long protectedValue(long count, long cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        if (count < THRESHOLD) {
            return null;
        }
        int row = (int) (count % BASE);
        long perturbed = count + (cellKey * BASE < KEY_SPACE * UP_BELOW[row] ? UP[row] : DOWN[row]);
        return perturbed < THRESHOLD ? null : perturbed;
    }

    /**
     * A mix of the whole table (its population's key sum and every cell's key sum, in order) spread over
     * [0, 2^31): one person joining, leaving or moving between cells changes it, so every cell's noise.
     */
    static long tableMix(List<CellInput> cells, long populationKeySum) {
        long h = splitMix(populationKeySum);
        for (CellInput cell : cells) {
            h = splitMix(h ^ cell.keySum());
        }
        return Math.floorMod(h, KEY_SPACE);
    }

    /** The SplitMix64 finaliser: a fixed, well-spread bijection of 64-bit integers. */
    private static long splitMix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
