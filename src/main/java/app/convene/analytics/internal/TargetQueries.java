package app.convene.analytics.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The representation targets (this module's own table) and the counts that measure them. */
@Repository
public class TargetQueries {

    /**
     * The dimension's column in {@code funnel_registration} (as {@code r}; a row per registration with its
     * organization's type, migration 0049); fixed texts only.
     */
    private static final Map<String, String> COLUMNS = Map.of("SECTOR", "r.sector", "COUNTY", "r.county",
            "REGION", "r.region", "ORGANIZATION_TYPE", "r.org_type", "GENDER", "r.gender",
            "LIVED_EXPERIENCE", "r.lived_experience");

    private final JdbcClient jdbc;

    TargetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored target, as stored. */
    public record Row(long id, long version, long initiativeId, String dimension, List<String> categories,
                      String population, BigDecimal thresholdPercent) {
    }

    private static final String SELECT = "select id, version, initiative_id, dimension, categories, population,"
            + " threshold_percent from representation_target";

    public List<Row> list(long initiativeId) {
        return jdbc.sql(SELECT + " where initiative_id = ? order by id").param(initiativeId).query(TargetQueries::row)
                .list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(TargetQueries::row).optional();
    }

    public long insert(long initiativeId, String dimension, List<String> categories, String population,
                       BigDecimal threshold) {
        return jdbc.sql("insert into representation_target (initiative_id, dimension, categories, population,"
                        + " threshold_percent) values (?, ?, ?, ?, ?) returning id")
                .params(initiativeId, dimension, String.join(",", categories), population, threshold)
                .query(Long.class).single();
    }

    /** Changes the target if it is still at that version; false if someone changed or removed it meanwhile. */
    public boolean update(long id, long version, String dimension, List<String> categories, String population,
                          BigDecimal threshold) {
        return jdbc.sql("update representation_target set dimension = ?, categories = ?, population = ?,"
                        + " threshold_percent = ?, version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(dimension, String.join(",", categories), population, threshold, id, version).update() == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.sql("delete from representation_target where id = ? and version = ?").params(id, version).update() == 1;
    }

    /** The population's size and key sum, and of it the people in any of the categories: count and key sum. */
    public record Measure(long population, long populationKeySum, long inCategories, long inCategoriesKeySum) {
    }

    /** What a target measures: a dimension, its categories, a population. */
    public record Spec(String dimension, List<String> categories, String population) {
    }

    /**
     * Measures targets, in their order: those over the approved stakeholders or the attendees all in one grouped
     * query over the initiative's approved registrations (attendees: who attended a convening), those
     * over the steering committee one query each (a few people). A person whose race/ethnicity answer names several
     * of the categories counts once.
     */
    public List<Measure> measure(long initiativeId, List<Spec> specs) {
        StringBuilder columns = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("initiative", initiativeId);
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if ("STEERING_COMMITTEE".equals(spec.population())) {
                continue;
            }
            String in = "ATTENDEES".equals(spec.population()) ? "r.attended_at is not null" : "true";
            String match = in + " and " + match(spec.dimension(), ":c" + i);
            columns.append(", count(*) filter (where %2$s) as n%1$d, coalesce(sum(%4$s) filter (where %2$s), 0) as k%1$d,"
                    .formatted(i, in, match, "r.cell_key"))
                    .append(" count(*) filter (where %3$s) as m%1$d, coalesce(sum(%4$s) filter (where %3$s), 0) as mk%1$d"
                    .formatted(i, in, match, "r.cell_key"));
            params.put("c" + i, spec.categories().toArray(String[]::new));
        }
        Measure[] measures = new Measure[specs.size()];
        if (!columns.isEmpty()) {
            jdbc.sql("select 1 as one" + columns + """
                     from funnel_registration r where r.initiative_id = :initiative and r.approved
                    """).params(params).query((RowCallbackHandler) rs -> {
                for (int i = 0; i < specs.size(); i++) {
                    if (!"STEERING_COMMITTEE".equals(specs.get(i).population())) {
                        measures[i] = new Measure(rs.getLong("n" + i), rs.getLong("k" + i), rs.getLong("m" + i),
                                rs.getLong("mk" + i));
                    }
                }
            });
        }
        for (int i = 0; i < specs.size(); i++) {
            if (measures[i] == null) {
                measures[i] = committee(initiativeId, specs.get(i));
            }
        }
        return List.of(measures);
    }

    /** The condition "in any of the categories" (a text[] parameter) for the dimension; fixed texts only. */
    private static String match(String dimension, String categories) {
        return "RACE_ETHNICITY".equals(dimension)
                ? "string_to_array(r.race_ethnicity, ',') && cast(" + categories + " as text[])"
                : COLUMNS.get(dimension) + " = any(cast(" + categories + " as varchar[]))";
    }

    /** The current committee members, with their approved registration if any (else not in the categories). */
    private Measure committee(long initiativeId, Spec spec) {
        String match = match(spec.dimension(), ":categories");
        String key = "r.cell_key";
        return jdbc.sql("select count(*) as n, coalesce(sum(" + key + "), 0) as k, count(*) filter (where " + match
                        + ") as m, coalesce(sum(" + key + ") filter (where " + match + "), 0) as mk " + """
                        from (select distinct person_id from initiative_role where initiative_id = :initiative
                              and role = 'COMMITTEE_MEMBER') cm
                        left join funnel_registration r on r.person_id = cm.person_id
                            and r.initiative_id = :initiative and r.approved
                        """)
                .param("initiative", initiativeId).param("categories", spec.categories().toArray(String[]::new))
                .query((rs, i) -> new Measure(rs.getLong("n"), rs.getLong("k"), rs.getLong("m"), rs.getLong("mk")))
                .single();
    }

    /** The distinct stored values of a free-text dimension (COUNTY, REGION) among the initiative's registrations. */
    public List<String> values(long initiativeId, String dimension) {
        String column = COLUMNS.get(dimension);
        return jdbc.sql("select distinct " + column + " as v from registration r where r.initiative_id = ? and "
                        + column + " is not null and " + column + " <> '' order by 1 limit 500")
                .param(initiativeId).query(String.class).list();
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("version"), rs.getLong("initiative_id"), rs.getString("dimension"),
                Arrays.asList(rs.getString("categories").split(",")), rs.getString("population"),
                rs.getBigDecimal("threshold_percent"));
    }
}
