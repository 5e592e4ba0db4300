package app.convene.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import app.convene.support.ConveneTest;

/**
 * {@code funnel_registration} (migration 0049), the dashboard's row per registration, is exactly what the tables it
 * is derived from say, after a write to each of them, and when two transactions write one person's participation at
 * the same time.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=analytics")
class FunnelSummaryTest {

    /** The funnel's columns counted from the source tables, as the dashboard read them before the summary. */
    private static final String RECOUNT = """
            select r.id, r.initiative_id, r.person_id, r.status = 'APPROVED' as approved, r.sector, r.county, r.region,
                   o.type as org_type, r.gender, r.lived_experience, r.race_ethnicity, r.cell_key::bigint as cell_key,
                   r.created_at, r.decided_at, wg.at as workgroup_at, s.first_attended_at as attended_at,
                   contrib.at as contributed_at
            from registration r left join organization o on o.id = r.organization_id
            left join (select w.initiative_id, m.person_id, min(m.joined_at) as at from workgroup_member m
                       join workgroup w on w.id = m.workgroup_id group by 1, 2) wg
                on wg.initiative_id = r.initiative_id and wg.person_id = r.person_id
            left join (select c.initiative_id, a.person_id, min(c.starts_at) as first_attended_at from attendance a
                       join convening c on c.id = a.convening_id where c.status <> 'CANCELLED' group by 1, 2) s
                on s.initiative_id = r.initiative_id and s.person_id = r.person_id
            left join (select initiative_id, person_id, min(at) as at from (
                    select rc.initiative_id, cm.author_person_id as person_id, cm.created_at as at
                    from recommendation_comment cm join recommendation rc on rc.id = cm.recommendation_id
                    union all
                    select rc.initiative_id, rv.author_person_id, rv.created_at
                    from recommendation_revision rv join recommendation rc on rc.id = rv.recommendation_id
                    union all
                    select rc.initiative_id, dr.person_id, dr.updated_at
                    from decision_response dr join decision_round d on d.id = dr.round_id
                    join recommendation rc on rc.id = d.recommendation_id
                    union all
                    select w.initiative_id, n.author_id, n.created_at
                    from workgroup_note n join workgroup w on w.id = n.workgroup_id
                ) x where person_id is not null group by 1, 2) contrib
                on contrib.initiative_id = r.initiative_id and contrib.person_id = r.person_id
            """;
    private static final String STORED = """
            select registration_id, initiative_id, person_id, approved, sector, county, region, org_type, gender,
                   lived_experience, race_ethnicity, cell_key, created_at, decided_at, workgroup_at, attended_at,
                   contributed_at from funnel_registration
            """;

    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    FunnelFixture f;

    @BeforeEach
    void fixture() {
        f = new FunnelFixture(jdbc, initiatives);
    }

    @Test
    void afterAWriteToEachSourceTheSummaryIsTheRecountRowForRow() {
        assertThat(differences()).isEmpty();
        Map<String, Object> p3 = stored(3);
        assertThat(p3.get("workgroup_at")).isNotNull();
        assertThat(p3.get("contributed_at")).isNotNull();

        long recommendation = jdbc.queryForObject("select id from recommendation where initiative_id = ? and title ="
                + " 'Published'", Long.class, f.initiative);
        long labor = jdbc.queryForObject("select organization_id from registration where person_id = ?", Long.class,
                f.people[1]);
        jdbc.update("update registration set status = 'APPROVED', decided_at = now(), gender = 'MAN' where person_id = ?",
                f.people[7]);
        jdbc.update("update organization set type = 'COMMUNITY' where id = ?", labor);
        jdbc.update("update registration set person_id = ? where initiative_id = ? and person_id is null",
                f.people[8], f.initiative);
        jdbc.update("delete from workgroup_member where workgroup_id = ? and person_id = ?", f.workgroup, f.people[3]);
        jdbc.update("update workgroup_member set joined_at = timestamptz '2026-02-01 12:00Z' where person_id = ?",
                f.people[2]);
        jdbc.update("update convening set status = 'CANCELLED' where id = ?", f.convenings[1]);
        jdbc.update("delete from workgroup_note where author_id = ?", f.people[3]);
        jdbc.update("update recommendation_revision set author_person_id = ? where author_person_id = ?", f.people[5],
                f.people[4]);
        jdbc.update("update decision_response set updated_at = timestamptz '2026-01-20 12:00Z' where person_id = ?",
                f.people[2]);
        jdbc.update("insert into recommendation_comment (recommendation_id, revision_number, paragraph_index,"
                + " paragraph_text, author_person_id, author_name, body, created_at) values (?, 1, 0, 'P', ?, 'P6', 'B',"
                + " timestamptz '2026-06-02 12:00Z')", recommendation, f.people[6]);
        assertThat(differences()).isEmpty();
        assertThat(stored(3).get("workgroup_at")).isNull();
        assertThat(stored(3).get("contributed_at")).isNull();
        assertThat(stored(1)).containsEntry("org_type", "COMMUNITY");
        assertThat(stored(7)).containsEntry("approved", true).containsEntry("gender", "MAN");

        // the published recommendation goes, with its comments, round and responses; the workgroup with its members
        jdbc.update("delete from recommendation where id = ?", recommendation);
        jdbc.update("delete from workgroup where id = ?", f.workgroup);
        assertThat(differences()).isEmpty();
        assertThat(stored(2).get("contributed_at")).isNull();
        assertThat(stored(1).get("workgroup_at")).isNull();

        jdbc.update("delete from registration where initiative_id = ? and person_id = ?", f.initiative, f.people[6]);
        assertThat(jdbc.queryForObject("select count(*) from funnel_registration where initiative_id = ?", Long.class,
                f.initiative)).isEqualTo(7L);
        assertThat(differences()).isEmpty();
    }

    @Test
    void twoTransactionsWritingOnePersonsParticipationAtOnceLeaveBothInTheSummary() throws Exception {
        long recommendation = jdbc.queryForObject("select id from recommendation where initiative_id = ? and title ="
                + " 'Draft'", Long.class, f.initiative);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            // P5 joins the workgroup in one transaction, not yet committed ...
            update(first, "insert into workgroup_member (workgroup_id, person_id, role) values (?, ?, 'MEMBER')",
                    f.workgroup, f.people[5]);
            // ... while another writes P5's first comment: its refresh waits for the first to end
            int backend = backend(second);
            CompletableFuture<Void> comment = CompletableFuture.runAsync(() -> {
                try {
                    update(second, "insert into recommendation_comment (recommendation_id, revision_number,"
                            + " paragraph_index, paragraph_text, author_person_id, author_name, body, created_at)"
                            + " values (?, 1, 0, 'P', ?, 'P5', 'B', now())", recommendation, f.people[5]);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitUntilWaitingForALock(backend);
            first.commit();
            comment.get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> p5 = stored(5);
        assertThat(p5.get("workgroup_at")).isNotNull();
        assertThat(p5.get("contributed_at")).isNotNull();
        assertThat(differences()).isEmpty();
    }

    private List<Map<String, Object>> differences() {
        return jdbc.queryForList("(" + RECOUNT + " except " + STORED + ") union all (" + STORED + " except " + RECOUNT
                + ")");
    }

    private Map<String, Object> stored(int person) {
        return jdbc.queryForMap(STORED + " where initiative_id = ? and person_id = ?", f.initiative, f.people[person]);
    }

    private static void update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private static int backend(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void waitUntilWaitingForALock(int backend) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'",
                Long.class, backend) == 0) {
            assertThat(Instant.now()).as("the second transaction waits for the first").isBefore(until);
            Thread.sleep(20);
        }
    }
}
