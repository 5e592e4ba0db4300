package app.convene.analytics;

import app.convene.stakeholders.CellInput;
import app.convene.stakeholders.DisclosureControl;
import app.convene.stakeholders.ProtectedTable;
import app.convene.analytics.internal.FunnelQueries.Group;
import app.convene.analytics.internal.FunnelQueries.Quarter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the funnel's grouped counts into the dashboard's tables. Counts by sector, place and organization type
 * are exact; every count by a self-identified demographic goes through disclosure control, one stage (column)
 * at a time, with the stage's whole population as the table's population, and the table's total row is the
 * total of the protected cells.
 */
final class FunnelTables {

    static final List<String> STAGE_COLUMNS = Arrays.stream(Stage.values())
            .map(s -> "analytics.stage." + s.name()).toList();

    private FunnelTables() {
    }

    /** The whole funnel: one row per stage, exact (no demographics involved). */
    static DataTable funnel(List<Group> groups) {
        long[] all = all(groups).counts();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            rows.add(new DataTable.Row(stage.name(), "analytics.stage." + stage.name(),
                    List.of(all[stage.ordinal()])));
        }
        return new DataTable("funnel", "analytics.funnel", List.of("analytics.people"), rows, false);
    }

    static DataTable quarters(List<Quarter> quarters) {
        List<DataTable.Row> rows = quarters.stream().map(q -> new DataTable.Row(quarter(q.start()), null,
                Arrays.stream(q.counts()).<Number>mapToObj(Long::valueOf).toList())).toList();
        return new DataTable("quarters", "analytics.quarters", STAGE_COLUMNS, rows, false);
    }

    static String quarter(java.time.LocalDate start) {
        return start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    /** The funnel by the dimension: exact, or protected column by column for a demographic. */
    static DataTable byDimension(List<Group> groups, Dimension dimension) {
        List<Group> cells = groups.stream().filter(g -> g.dimension().equals(dimension.name())).toList();
        String id = "by-" + dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String title = "analytics.by." + dimension.name();
        if (!dimension.demographic()) {
            List<DataTable.Row> rows = new ArrayList<>();
            for (Group g : cells) {
                rows.add(new DataTable.Row(g.value(), dimension.labelKey(g.value()),
                        Arrays.stream(g.counts()).<Number>mapToObj(Long::valueOf).toList()));
            }
            return new DataTable(id, title, STAGE_COLUMNS, rows, false);
        }
        cells = everyCategory(cells, dimension);
        Group population = all(groups);
        Number[][] values = new Number[cells.size() + 1][Stage.values().length];
        for (Stage stage : Stage.values()) {
            int s = stage.ordinal();
            List<CellInput> inputs = cells.stream().map(g -> new CellInput(g.value(), g.counts()[s], g.keySums()[s]))
                    .toList();
            ProtectedTable table = DisclosureControl.protect(inputs, population.keySums()[s]);
            for (int r = 0; r < cells.size(); r++) {
                values[r][s] = table.cells().get(r).value();
            }
            values[cells.size()][s] = table.total();
        }
        List<DataTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            rows.add(new DataTable.Row(cells.get(r).value(), dimension.labelKey(cells.get(r).value()),
                    Arrays.asList(values[r])));
        }
        rows.add(new DataTable.Row("", "analytics.totalOfShown", Arrays.asList(values[cells.size()])));
        return new DataTable(id, title, STAGE_COLUMNS, rows, true);
    }

    /** The dimension's every answer in its own order (zero where nobody gave it), then any other stored value. */
    private static List<Group> everyCategory(List<Group> present, Dimension dimension) {
        List<Group> cells = new ArrayList<>();
        for (String category : dimension.categories()) {
            cells.add(present.stream().filter(g -> category.equals(g.value() == null ? "" : g.value())).findFirst()
                    .orElse(new Group(dimension.name(), category, new long[Stage.values().length],
                            new long[Stage.values().length])));
        }
        present.stream().filter(g -> !dimension.categories().contains(g.value() == null ? "" : g.value()))
                .forEach(cells::add);
        return cells;
    }

    private static Group all(List<Group> groups) {
        return groups.stream().filter(g -> g.dimension().equals("ALL")).findFirst()
                .orElse(new Group("ALL", "", new long[5], new long[5]));
    }
}
