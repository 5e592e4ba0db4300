package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.convenings.AttendanceService;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 15's target: checking one person in, in a convening with 2,000 RSVPs, takes at most 20 ms on the server. */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class AttendanceBenchmark {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void checkInOfOnePersonWith2000Rsvps() {
        Authorization.runAsSystem(() -> {
            long initiative = initiatives.create(new NewInitiative("bench-attendance", "Bench attendance", "Region", null,
                    null, null, List.of(), List.of()));
            long convening = jdbc.queryForObject("""
                    insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility, capacity)
                    values (?, 'KICKOFF', 'Bench kickoff', now() - interval '10 minutes', now() + interval '3 hours',
                            'IN_PERSON', 'PUBLIC', 2000) returning id""", Long.class, initiative);
            jdbc.update("""
                    insert into rsvp (convening_id, guest_name, guest_email, guest_organization, status)
                    select ?, 'Guest ' || g, 'guest' || g || '@bench.example.org', 'Organization ' || (g % 66), 'CONFIRMED'
                    from generate_series(1, 2000) g""", convening);
            jdbc.execute("analyze");
            Iterator<Long> rsvps = jdbc.queryForList("select id from rsvp where convening_id = ? order by id", Long.class,
                    convening).iterator();

            double millis = Perf.medianMillis(20, 200, () -> attendance.checkIn(rsvps.next()));
            Perf.report("convening_checkin_one_ms", millis, "ms");

            assertThat(attendance.rollup(convening).total()).isEqualTo(220);
            assertThat(attendance.entries(convening, "", 0, 50)).hasSize(50);
            assertThat(millis).as("check-in of one person with 2,000 RSVPs").isLessThanOrEqualTo(20.0);
            return null;
        });
    }
}
