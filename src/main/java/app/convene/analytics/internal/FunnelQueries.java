package app.convene.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The participation funnel in aggregate SQL (a reporting read model over other modules' tables, decision 0043),
 * over {@code funnel_registration}, a row per registration kept current by triggers (migration 0049). No loop over
 * people: each answer is one grouped query.
 */
@Repository
public class FunnelQueries {

    /**
     * Every registration of the scope with four flags (approved; of the approved: in a workgroup, attended a
     * convening, contributed) and when each was first reached, from {@code funnel_registration} (migration 0049):
     * one row per registration, kept current by triggers on every table it is derived from.
     */
    private static final String FLAGS = """
            with f as (
                select r.sector, r.county, r.region, r.org_type, r.gender, r.lived_experience, r.race_ethnicity,
                       r.cell_key, r.approved, r.approved and r.workgroup_at is not null as in_wg,
                       r.approved and r.attended_at is not null as attended,
                       r.approved and r.contributed_at is not null as contributed, r.created_at, r.decided_at,
                       r.workgroup_at as wg_at, r.attended_at as att_at, r.contributed_at as contrib_at
                from funnel_registration r where %s
            )
            """;

    /** Per stage, how many people of the group and the sum of their cell keys (over the cube's rows). */
    private static final String STAGE_COUNTS = """
            sum(n) as n0, coalesce(sum(n) filter (where approved), 0) as n1, coalesce(sum(n) filter (where in_wg), 0) as n2,
            coalesce(sum(n) filter (where attended), 0) as n3, coalesce(sum(n) filter (where contributed), 0) as n4,
            sum(k) as k0, coalesce(sum(k) filter (where approved), 0) as k1, coalesce(sum(k) filter (where in_wg), 0) as k2,
            coalesce(sum(k) filter (where attended), 0) as k3, coalesce(sum(k) filter (where contributed), 0) as k4
            """;

    private final JdbcClient jdbc;

    FunnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One group of people: the dimension it is by ({@code ALL} for everyone, then SECTOR, COUNTY, REGION,
     * ORGANIZATION_TYPE, RACE_ETHNICITY, GENDER, LIVED_EXPERIENCE), its stored value ("" when none), and per stage
     * (registered, approved, in a workgroup, attended, contributed) how many people and the sum of their cell keys.
     */
    public record Group(String dimension, String value, long[] counts, long[] keySums) {
    }

    /** A quarter (its first day) and how many people first reached each stage in it. */
    public record Quarter(LocalDate start, long[] counts) {
    }

    /** The funnel of a scope: its groups, and its quarters oldest first. */
    public record Funnel(List<Group> groups, List<Quarter> quarters) {
    }

    /**
     * Every group of the scope (an initiative, or every initiative when null) and, per quarter, how many people first
     * reached each stage then, in one statement: the per-registration flags are worked out once and folded into a
     * "cube" (one row per combination of the dimensions, the stages reached and their quarters, with how many people
     * and their key sum), which the groups, the race/ethnicity answers and the quarters then add up.
     */
    public Funnel funnel(Long initiativeId) {
        String sql = flags(initiativeId) + """
                , cube as (
                    select sector, county, region, org_type, gender, lived_experience, race_ethnicity,
                           approved, in_wg, attended, contributed, date_trunc('quarter', created_at) as q0,
                           case when approved then date_trunc('quarter', decided_at) end as q1,
                           case when in_wg then date_trunc('quarter', wg_at) end as q2,
                           case when attended then date_trunc('quarter', att_at) end as q3,
                           case when contributed then date_trunc('quarter', contrib_at) end as q4,
                           count(*) as n, sum(cell_key) as k
                    from f group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
                )
                select * from (
                    select 1 as part, case when grouping(sector) = 0 then 'SECTOR' when grouping(county) = 0 then 'COUNTY'
                                when grouping(region) = 0 then 'REGION' when grouping(org_type) = 0 then 'ORGANIZATION_TYPE'
                                when grouping(gender) = 0 then 'GENDER' when grouping(lived_experience) = 0
                                then 'LIVED_EXPERIENCE' else 'ALL' end as dimension,
                           coalesce(sector, county, region, org_type, gender, lived_experience, '') as value,
                """ + STAGE_COUNTS + """
                    from cube group by grouping sets ((sector), (county), (region), (org_type), (gender), (lived_experience), ())
                    union all
                    select 2, 'RACE_ETHNICITY', v, """ + STAGE_COUNTS + """
                    from cube cross join lateral unnest(case when race_ethnicity is null or race_ethnicity = ''
                        then array[''] else string_to_array(race_ethnicity, ',') end) as v
                    group by v
                    union all
                    select 3, 'QUARTER', to_char(q, 'YYYY-MM-DD'), coalesce(sum(n) filter (where stage = 0), 0),
                           coalesce(sum(n) filter (where stage = 1), 0), coalesce(sum(n) filter (where stage = 2), 0),
                           coalesce(sum(n) filter (where stage = 3), 0), coalesce(sum(n) filter (where stage = 4), 0),
                           0, 0, 0, 0, 0
                    from cube cross join lateral (values (0, q0), (1, q1), (2, q2), (3, q3), (4, q4)) as e(stage, q)
                    where q is not null group by q
                ) x order by part, dimension, value
                """;
        List<Group> groups = new ArrayList<>();
        List<Quarter> quarters = new ArrayList<>();
        // The cube has up to one row per person: with the default 4 MB the planner sorts 100,000 rows on disk to
        // group them (0.7 s at 100,000 people); with room to hash it groups them in one pass. For this transaction only.
        jdbc.sql("select set_config('work_mem', '64MB', true)").query(String.class).single();
        jdbc.sql(sql).param("initiative", initiativeId).query((RowCallbackHandler) rs -> {
            if ("QUARTER".equals(rs.getString("dimension"))) {
                quarters.add(new Quarter(LocalDate.parse(rs.getString("value")), stages(rs, "n")));
            } else {
                groups.add(new Group(rs.getString("dimension"), rs.getString("value"), stages(rs, "n"), stages(rs, "k")));
            }
        });
        return new Funnel(List.copyOf(groups), List.copyOf(quarters));
    }

    private static long[] stages(ResultSet rs, String prefix) throws SQLException {
        long[] values = new long[5];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(prefix + i);
        }
        return values;
    }

    private static String flags(Long initiativeId) {
        return FLAGS.formatted(Scope.of("r", initiativeId));
    }
}
