package app.convene.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of the content tables, to compare before and after an operation. */
public final class TableCounts {

    public static final List<String> CONTENT_TABLES = List.of("initiative", "strategic_goal", "goal_strategy", "phase",
            "organization", "initiative_partner", "demo_seed");

    private TableCounts() {
    }

    public static Map<String, Integer> of(JdbcTemplate jdbc) {
        return of(jdbc, CONTENT_TABLES);
    }

    /** Row counts of the given tables. */
    public static Map<String, Integer> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
