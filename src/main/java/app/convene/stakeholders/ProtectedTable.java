package app.convene.stakeholders;

import java.util.List;

/** A protected table: cells in input order and the total computed from the protected cells. */
public record ProtectedTable(List<ProtectedCell> cells, long total) {

    public ProtectedTable {
        cells = List.copyOf(cells);
    }
}
