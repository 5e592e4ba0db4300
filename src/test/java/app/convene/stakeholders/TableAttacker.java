package app.convene.stakeholders;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attacker of {@code DisclosureAttackTest}: knows how a page publishes a table (the method and its
 * public parameters: threshold, noise bound, the p-table) but not the cell keys, and works out which answers
 * of one person are consistent with everything seen: every cell before and after one event (the person
 * joining or leaving the table's population) and every sum within each table (its total, its population).
 * It searches exhaustively: for each hypothesis about the person's answer, each cell's possible true counts
 * are enumerated and every sum of them is tried (a subset-sum over the cells), so no subtraction is missed.
 */
final class TableAttacker {

    /** How a page turns a true count into what it shows (null: suppressed). */
    interface Publication {
        /** Could a cell with this true count show {@code shown}? */
        boolean canShow(long trueCount, Long shown);

        /** True: the table's total is the exact sum of the true counts; false: the sum of the values shown. */
        boolean exactTotal();
    }

    /** What a page shows of a table: its cells in a fixed order and its total. */
    record Shown(List<Long> values, long total) {
    }

    /**
     * One table before and after the event. {@code population*}: how many people the table is about;
     * {@code singleChoice}: one answer per person (so the cells add up to at most the population).
     */
    record Observation(Shown before, Shown after, long populationBefore, long populationAfter, boolean singleChoice) {
    }

    /** Today's cell key method: every outcome of the p-table, over the whole key space. */
    static final Publication CELL_KEY = new Publication() {
        private final java.util.Map<Long, Set<Long>> outcomes = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public boolean canShow(long trueCount, Long shown) {
            return outcomes.computeIfAbsent(trueCount, x -> {
                Set<Long> values = new HashSet<>();
                for (long key = 0; key < DisclosureControl.KEY_SPACE; key += DisclosureControl.KEY_SPACE / 300) {
                    values.add(DisclosureControl.protectedValue(x, key));
                }
                return values;
            }).contains(shown);
        }

        @Override
        public boolean exactTotal() {
            return false;
        }
    };

    /** The old behaviour: exact counts, 1 to 4 hidden, an absent row read as 0, exact totals. */
    static final Publication OLD = new Publication() {
        @Override
        public boolean canShow(long trueCount, Long shown) {
            return java.util.Objects.equals(old(trueCount), shown);
        }

        @Override
        public boolean exactTotal() {
            return true;
        }
    };

    static Long old(long count) {
        return count == 0 ? Long.valueOf(0) : count < DisclosureControl.THRESHOLD ? null : Long.valueOf(count);
    }

    /** The old page's table for these true counts (a small function standing for the code this replaced). */
    static Shown oldTable(List<Long> trueCounts) {
        return new Shown(trueCounts.stream().map(TableAttacker::old).toList(),
                trueCounts.stream().mapToLong(Long::longValue).sum());
    }

    private TableAttacker() {
    }

    /** Every hypothesis for a table of {@code cells} cells: the empty answer, and each answer (or set of answers). */
    static List<Set<Integer>> hypotheses(int cells, boolean singleChoice) {
        List<Set<Integer>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << cells; mask++) {
            if (!singleChoice || Integer.bitCount(mask) <= 1) {
                Set<Integer> h = new HashSet<>();
                for (int i = 0; i < cells; i++) {
                    if ((mask & 1 << i) != 0) {
                        h.add(i);
                    }
                }
                all.add(h);
            }
        }
        return all;
    }

    /**
     * Is it consistent with the observation that the person, who joined ({@code delta} +1) or left (-1) the
     * population, has the answers {@code h} (cell indexes; empty: did not answer)?
     */
    static boolean consistent(Observation o, Set<Integer> h, int delta, Publication p) {
        int cells = o.before().values().size();
        long max = Math.max(o.populationBefore(), o.populationAfter());
        List<List<Long>> feasible = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            int d = h.contains(i) ? delta : 0;
            List<Long> counts = new ArrayList<>();
            for (long x = Math.max(0, -d); x <= max && x + d <= max; x++) {
                if (p.canShow(x, o.before().values().get(i)) && p.canShow(x + d, o.after().values().get(i))) {
                    counts.add(x);
                }
            }
            if (counts.isEmpty()) {
                return false;
            }
            feasible.add(counts);
        }
        BitSet sums = sums(feasible);
        long change = (long) delta * h.size();
        // A person who did not answer is among the non-answerers while in the population.
        long unansweredBefore = o.singleChoice() && h.isEmpty() && delta < 0 ? 1 : 0;
        long unansweredAfter = o.singleChoice() && h.isEmpty() && delta > 0 ? 1 : 0;
        for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
            boolean totals = !p.exactTotal() || (s == o.before().total() && s + change == o.after().total());
            boolean population = !o.singleChoice() || (s <= o.populationBefore() - unansweredBefore
                    && s + change <= o.populationAfter() - unansweredAfter);
            if (totals && population) {
                return true;
            }
        }
        return false;
    }

    /** The true counts a suppressed or shown cell may have, given one table alone and all its sums. */
    static Set<Long> possibleCounts(Shown shown, int cell, long population, boolean singleChoice, Publication p) {
        Set<Long> possible = new HashSet<>();
        for (long x = 0; x <= population; x++) {
            if (!p.canShow(x, shown.values().get(cell))) {
                continue;
            }
            List<List<Long>> feasible = new ArrayList<>();
            for (int i = 0; i < shown.values().size(); i++) {
                List<Long> counts = new ArrayList<>();
                for (long y = 0; y <= population; y++) {
                    if (i == cell ? y == x : p.canShow(y, shown.values().get(i))) {
                        counts.add(y);
                    }
                }
                feasible.add(counts);
            }
            BitSet sums = sums(feasible);
            for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
                if ((!p.exactTotal() || s == shown.total()) && (!singleChoice || s <= population)) {
                    possible.add(x);
                    break;
                }
            }
        }
        return possible;
    }

    private static BitSet sums(List<List<Long>> feasible) {
        BitSet sums = new BitSet();
        sums.set(0);
        for (List<Long> counts : feasible) {
            BitSet next = new BitSet();
            for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
                for (long x : counts) {
                    next.set(s + (int) x);
                }
            }
            sums = next;
        }
        return sums;
    }
}
