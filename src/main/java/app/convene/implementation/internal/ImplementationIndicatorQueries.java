package app.convene.implementation.internal;

import app.convene.implementation.LinkedIndicator;
import app.convene.implementation.PickerOption;
import app.convene.indicators.Direction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Indicators linked to tracked recommendations (implementation_indicator) and what the links read of the
 * indicators module's tables: the initiative's indicators, their latest value and target (decision 0042).
 */
@Repository
public class ImplementationIndicatorQueries {

    /** An indicator {@code d} with its latest value {@code v} (lateral join), in {@link #linked} order. */
    private static final String LINKED = """
            select d.id, d.name, d.unit, d.direction, v.value, v.period_end, d.target_value, d.target_date,
                d.public_indicator, i.recommendation_id
            from implementation_indicator ii
            join recommendation_implementation i on i.id = ii.implementation_id
            join indicator d on d.id = ii.indicator_id
            left join lateral (select value, period_end from indicator_value x where x.indicator_id = d.id
                order by x.period_end desc limit 1) v on true
            """;

    private final JdbcClient jdbc;

    ImplementationIndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every indicator linked to the recommendation, public or not, by name. */
    public List<LinkedIndicator> linked(long recommendationId) {
        return jdbc.sql(LINKED + "where i.recommendation_id = ? order by lower(d.name), d.id").param(recommendationId)
                .query((rs, n) -> indicator(rs)).list();
    }

    /**
     * The public indicators (of goals not retired) linked to each tracked published recommendation of the
     * initiative, by recommendation, in one query for the whole page. Never an internal indicator.
     */
    public Map<Long, List<LinkedIndicator>> publicLinked(long initiativeId) {
        Map<Long, List<LinkedIndicator>> byRecommendation = new LinkedHashMap<>();
        jdbc.sql(LINKED + """
                join recommendation r on r.id = i.recommendation_id
                join strategic_goal g on g.id = d.goal_id
                where i.initiative_id = ? and r.published_revision is not null and d.public_indicator
                    and not g.retired
                order by lower(d.name), d.id""").param(initiativeId)
                .query(rs -> {
                    byRecommendation.computeIfAbsent(rs.getLong(10), k -> new ArrayList<>()).add(indicator(rs));
                });
        return byRecommendation;
    }

    public void link(long implementationId, Collection<Long> indicatorIds) {
        jdbc.sql("delete from implementation_indicator where implementation_id = ?").param(implementationId).update();
        for (long indicator : indicatorIds) {
            jdbc.sql("insert into implementation_indicator (implementation_id, indicator_id) values (?, ?)")
                    .params(implementationId, indicator).update();
        }
    }

    /** How many of the indicators belong to the initiative. */
    public long indicatorsOf(Collection<Long> indicatorIds, long initiativeId) {
        if (indicatorIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from indicator where initiative_id = :initiative and id in (:ids)")
                .param("initiative", initiativeId).param("ids", indicatorIds).query(Long.class).single();
    }

    /** The initiative's indicators whose name contains the text, by name, a page at a time. */
    public List<PickerOption> options(long initiativeId, String text, int offset, int limit) {
        return jdbc.sql("select id, name from indicator where initiative_id = ? and name ilike ? escape '\\' "
                        + "order by lower(name), id offset ? limit ?")
                .params(initiativeId, ImplementationQueries.like(text), offset, limit)
                .query((rs, n) -> new PickerOption(rs.getLong(1), rs.getString(2))).list();
    }

    private static LinkedIndicator indicator(ResultSet rs) throws SQLException {
        return new LinkedIndicator(rs.getLong(1), rs.getString(2), rs.getString(3), Direction.valueOf(rs.getString(4)),
                rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7),
                rs.getObject(8, LocalDate.class), rs.getBoolean(9));
    }
}
