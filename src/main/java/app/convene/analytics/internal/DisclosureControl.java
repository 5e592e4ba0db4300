package app.convene.analytics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder until P1 lands: a private copy of the contract of {@code app.convene.stakeholders.DisclosureControl}
 * (issue 18, part P1), so this module compiles and its tables are shaped for it. At integration the lead deletes
 * this class and imports P1's {@code CellInput}, {@code ProtectedCell}, {@code ProtectedTable} and
 * {@code DisclosureControl}. This copy only suppresses cells below five and totals the protected cells; it adds
 * no noise, and the key sums it receives are all 0 (see {@code FunnelQueries#CELL_KEY}).
 */
public final class DisclosureControl { // placeholder until P1 lands

    /** Counts below this are suppressed. */
    static final int SUPPRESS_BELOW = 5;

    private DisclosureControl() {
    }

    /** One cell before protection: its label, how many people are in it, and the sum of their cell keys. */
    public record CellInput(String label, long count, long keySum) { // placeholder until P1 lands
    }

    /** One cell after protection: value null means suppressed (shown as "fewer than 5"). */
    public record ProtectedCell(String label, Long value) { // placeholder until P1 lands
    }

    /** A protected table: cells in input order and the total computed from the protected cells. */
    public record ProtectedTable(List<ProtectedCell> cells, long total) { // placeholder until P1 lands
    }

    /** populationKeySum: sum of the cell keys of everyone the table is about (the table's population). */
    public static ProtectedTable protect(List<CellInput> cells, long populationKeySum) { // placeholder until P1 lands
        List<ProtectedCell> out = new ArrayList<>();
        long total = 0;
        for (CellInput cell : cells) {
            Long value = cell.count() < SUPPRESS_BELOW ? null : cell.count();
            out.add(new ProtectedCell(cell.label(), value));
            total += value == null ? 0 : value;
        }
        return new ProtectedTable(List.copyOf(out), total);
    }
}
