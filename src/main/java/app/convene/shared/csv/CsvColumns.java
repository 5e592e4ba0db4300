package app.convene.shared.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an imported CSV file by their canonical names: the header's names are matched, case and spaces
 * around them ignored, against aliases (e.g. {@code "correo" -> "email"}); the first column of a name wins.
 */
public final class CsvColumns {

    private final Map<String, Integer> columns = new HashMap<>();

    public CsvColumns(List<String> header, Map<String, String> aliases) {
        for (int i = 0; i < header.size(); i++) {
            String canonical = aliases.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (canonical != null) {
                columns.putIfAbsent(canonical, i);
            }
        }
    }

    /** The first of the required columns the header lacks, if any. */
    public Optional<String> missing(List<String> required) {
        return required.stream().filter(column -> !columns.containsKey(column)).findFirst();
    }

    /** The row's cell in that column, stripped; null when the column or the cell is absent or blank. */
    public String value(List<String> cells, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
