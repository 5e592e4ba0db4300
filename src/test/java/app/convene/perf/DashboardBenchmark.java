package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.analytics.DashboardService;
import app.convene.analytics.Dimension;
import app.convene.analytics.ParticipationDashboard;
import app.convene.analytics.Population;
import app.convene.analytics.TargetDraft;
import app.convene.analytics.TargetService;
import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18's figure: the whole participation dashboard (funnel, quarters, seven dimensions, three targets,
 * milestones, recommendations, convenings) for an initiative with 100,000 people, 2,000 convenings and 500,000
 * attendances; the target is ≤ 300 ms on the server.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = {"convene.demo.enabled=false", "convene.test.database=dashboard-bench"})
class DashboardBenchmark {

    static final int PEOPLE = 100_000;
    static final int CONVENINGS = 2_000;
    static final int ATTENDANCES = 500_000;

    @Autowired
    InitiativeService initiatives;
    @Autowired
    DashboardService dashboards;
    @Autowired
    TargetService targets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWholeDashboardAtScale() {
        long initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative("bench-dashboard", "Bench",
                "Region", null, null, null, List.of(), List.of())));
        jdbc.update("insert into person (issuer, subject, display_name) select 'bench', 'b' || g, 'Person ' || g"
                + " from generate_series(1, ?) g", PEOPLE);
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, county, region, status, source,
                    person_id, gender, race_ethnicity, lived_experience, created_at, decided_at)
                select ?, p.subject || '@example.org', p.display_name, p.subject || '@example.org',
                    (array['WORKER_CENTER','LABOR_UNION','TRAINING_PROVIDER','EMPLOYER','GOVERNMENT'])[1 + p.id % 5],
                    'County ' || (p.id % 30), 'Region ' || (p.id % 4), case when p.id % 10 = 0 then 'PENDING' else 'APPROVED' end,
                    'IMPORT', p.id, (array['WOMAN','MAN','NON_BINARY', null])[1 + p.id % 4],
                    (array['BLACK_AFRICAN_AMERICAN','HISPANIC_LATINO,WHITE','ASIAN', null, 'WHITE'])[1 + p.id % 5],
                    (array['YES','NO', null])[1 + p.id % 3],
                    timestamptz '2024-01-01' + (p.id % 900) * interval '1 day',
                    timestamptz '2024-01-10' + (p.id % 900) * interval '1 day'
                from person p where p.issuer = 'bench'""", initiative);
        jdbc.update("insert into workgroup (initiative_id, name) select ?, 'Workgroup ' || g from generate_series(1, 20) g",
                initiative);
        jdbc.update("""
                insert into workgroup_member (workgroup_id, person_id, role)
                select w.id, p.id, 'MEMBER' from person p join workgroup w on w.initiative_id = ?
                    and w.name = 'Workgroup ' || (1 + p.id % 20)
                where p.issuer = 'bench' and p.id % 10 = 1""", initiative);
        jdbc.update("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                select ?, 'SESSION', 'Convening ' || g, timestamptz '2024-01-01' + g * interval '12 hours',
                    timestamptz '2024-01-01' + g * interval '12 hours' + interval '2 hours', 'ONLINE', 'MEMBERS'
                from generate_series(0, ? - 1) g""", initiative, CONVENINGS);
        jdbc.update("""
                with c as (select id, row_number() over (order by id) - 1 as i from convening where initiative_id = ?),
                     p as (select id, row_number() over (order by id) - 1 as i from person where issuer = 'bench')
                insert into attendance (convening_id, person_id, method)
                select c.id, p.id, 'LIST' from generate_series(0, ? - 1) g
                join c on c.i = g % ? join p on p.i = ((g % ?) * 50 + g / ?) % ?""",
                initiative, ATTENDANCES, CONVENINGS, CONVENINGS, CONVENINGS, PEOPLE);
        jdbc.update("insert into accommodation_count (convening_id, need, count) select id, 'ASL', 1 + id % 3"
                + " from convening where initiative_id = ?", initiative);
        jdbc.update("""
                insert into workgroup_note (workgroup_id, kind, title, note_date, author_id)
                select m.workgroup_id, 'MEETING', 'Note', date '2025-01-01', m.person_id from workgroup_member m
                join workgroup w on w.id = m.workgroup_id where w.initiative_id = ? and m.person_id % 3 = 0""", initiative);
        jdbc.execute("analyze");
        assertThat(jdbc.queryForObject("select count(*) from attendance a join convening c on c.id = a.convening_id"
                + " where c.initiative_id = ?", Integer.class, initiative)).isEqualTo(ATTENDANCES);
        Authorization.runAsSystem(() -> {
            targets.add(initiative, new TargetDraft(Dimension.SECTOR, List.of("WORKER_CENTER", "LABOR_UNION"),
                    Population.STEERING_COMMITTEE, new BigDecimal("25")));
            targets.add(initiative, new TargetDraft(Dimension.COUNTY, List.of("County 1"), Population.ATTENDEES,
                    new BigDecimal("15")));
            targets.add(initiative, new TargetDraft(Dimension.GENDER, List.of("WOMAN"), Population.APPROVED_STAKEHOLDERS,
                    new BigDecimal("40")));
            ParticipationDashboard d = dashboards.dashboard(initiative);
            assertThat(d.funnel().rows().getFirst().values()).containsExactly((long) PEOPLE);
            Perf.report("dashboard_100k_people_2k_convenings_500k_attendances", Perf.medianMillis(3, 15,
                    () -> dashboards.dashboard(initiative)), "ms");
            return null;
        });
    }
}
