package app.convene.analytics;

import java.util.List;

/**
 * One table of the dashboard, as the page, its chart and its CSV show it: rows with a label and one value per
 * column. A null value is "fewer than 5" in a protected table ({@link #protectedCounts}) and "not applicable"
 * otherwise. Labels: {@code labelKey} (i18n) when present, else the stored {@code label}.
 */
public record DataTable(String id, String titleKey, List<String> columnKeys, List<Row> rows, boolean protectedCounts) {

    public DataTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }

    public record Row(String label, String labelKey, List<Number> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
