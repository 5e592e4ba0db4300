package app.convene.convenings;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's attendance: Equity@Work's kickoff gathered 120 participants from 66 organizations. */
@ConveneTest
class AttendanceDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void equityAtWorksKickoffHas120AttendancesFrom66Organizations() {
        var counts = jdbc.queryForMap("""
                select count(*) as people, count(distinct a.organization) as organizations,
                       count(distinct a.guest_name) as names
                from attendance a join convening c on c.id = a.convening_id join initiative i on i.id = c.initiative_id
                where i.slug = 'equity-at-work' and c.title = 'Equity@Work kickoff'""");
        assertThat(counts).containsEntry("people", 120L).containsEntry("organizations", 66L).containsEntry("names", 120L);
        assertThat(jdbc.queryForList("""
                select distinct a.organization from attendance a join convening c on c.id = a.convening_id
                where c.title = 'Equity@Work kickoff' and a.organization not like '%(invented)'""", String.class))
                .containsExactlyInAnyOrder("Arthur M. Blank Family Foundation", "Atlanta Regional Commission",
                        "Community Foundation of Greater Atlanta", "Federal Reserve Bank of Atlanta",
                        "Metro Atlanta Chamber", "United Way of Greater Atlanta", "CareerRise");
    }
}
