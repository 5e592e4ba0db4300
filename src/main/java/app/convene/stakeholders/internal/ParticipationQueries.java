package app.convene.stakeholders.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over an initiative's approved registrations (raw, not yet protected). Demographics counts come
 * with the sum of their members' cell keys, for the disclosure control; sector and region counts do not.
 */
@Repository
public class ParticipationQueries {

    private static final String APPROVED = " from registration where initiative_id = ? and status = 'APPROVED'";
    private static final String AMONG = " and person_id = any(?)";

    private final JdbcClient jdbc;

    ParticipationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A value and how many approved stakeholders have it. */
    public record KeyCount(String key, long count) {
    }

    /** How many people, and the sum of their cell keys. */
    public record Keyed(long count, long keySum) {
        public static final Keyed NONE = new Keyed(0, 0);
    }

    /**
     * The demographics counts of a population: the approved registrations of the initiative, or (people not
     * null) of those among them whose person is one of {@code people}.
     *
     * @param population  every person of the population
     * @param answered    those who answered at least one of the questions
     * @param byDimension per dimension ("race", "gender", "lived"), per answer: count and key sum
     */
    public record DemographicsCounts(Keyed population, Keyed answered, Map<String, Map<String, Keyed>> byDimension) {
    }

    public long approved(long initiativeId) {
        return jdbc.sql("select count(*)" + APPROVED).param(initiativeId).query(Long.class).single();
    }

    public DemographicsCounts demographics(long initiativeId, Collection<Long> people) {
        String from = people == null ? APPROVED : APPROVED + AMONG;
        List<Object> params = people == null ? List.of(initiativeId) : List.of(initiativeId, people.toArray(Long[]::new));
        Keyed population = keyed("select count(*), coalesce(sum(cell_key), 0)" + from, params);
        Keyed answered = keyed("select count(*), coalesce(sum(cell_key), 0)" + from
                + " and (race_ethnicity is not null or gender is not null or lived_experience is not null)", params);
        Map<String, Map<String, Keyed>> byDimension = new HashMap<>();
        List<Object> thrice = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            thrice.addAll(params);
        }
        jdbc.sql("select d, k, count(*) as n, coalesce(sum(cell_key), 0) as s from ("
                        + "select 'race' as d, unnest(string_to_array(race_ethnicity, ',')) as k, cell_key" + from
                        + " and race_ethnicity is not null"
                        + " union all select 'gender', gender, cell_key" + from + " and gender is not null"
                        + " union all select 'lived', lived_experience, cell_key" + from + " and lived_experience is not null"
                        + ") answers group by d, k")
                .params(thrice)
                .query(rs -> {
                    byDimension.computeIfAbsent(rs.getString("d"), d -> new HashMap<>())
                            .put(rs.getString("k"), new Keyed(rs.getLong("n"), rs.getLong("s")));
                });
        return new DemographicsCounts(population, answered, byDimension);
    }

    private Keyed keyed(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params).query((rs, i) -> new Keyed(rs.getLong(1), rs.getLong(2))).single();
    }

    public List<KeyCount> bySector(long initiativeId) {
        return counts("sector", initiativeId);
    }

    public List<KeyCount> byRegion(long initiativeId) {
        return counts("coalesce(region, county)", initiativeId);
    }

    /** Counts by a fixed column expression (never user input), most first. */
    private List<KeyCount> counts(String column, long initiativeId) {
        return jdbc.sql("select " + column + " as k, count(*) as n" + APPROVED + " group by 1 order by 2 desc, 1")
                .param(initiativeId)
                .query((rs, i) -> new KeyCount(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n")))
                .list();
    }
}
