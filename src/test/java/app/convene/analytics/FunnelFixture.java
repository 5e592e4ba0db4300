package app.convene.analytics;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small initiative whose every count is worked out by hand (see {@link DashboardServiceTest}):
 * <pre>
 * reg  person status    sector         county     org type gender race                              created    decided
 * R1   P1     APPROVED  LABOR_UNION    King       LABOR    WOMAN  BLACK_AFRICAN_AMERICAN,HISPANIC_LATINO 2026-01-15 2026-02-01
 * R2   P2     APPROVED  LABOR_UNION    King       LABOR    WOMAN  BLACK_AFRICAN_AMERICAN            2026-01-15 2026-04-10
 * R3   P3     APPROVED  EMPLOYER       Pierce     BUSINESS MAN    BLACK_AFRICAN_AMERICAN            2026-01-15 2026-02-01
 * R4   P4     APPROVED  WORKER_CENTER  Snohomish  -        WOMAN  BLACK_AFRICAN_AMERICAN            2026-01-15 2026-02-01
 * R5   P5     APPROVED  EMPLOYER       King       BUSINESS WOMAN  BLACK_AFRICAN_AMERICAN            2026-01-15 2026-02-01
 * R6   P6     APPROVED  WORKER_CENTER  King       -        WOMAN  BLACK_AFRICAN_AMERICAN            2026-01-15 2026-02-01
 * R7   P7     PENDING   EMPLOYER       King       -        -      -                                 2026-04-15 -
 * R8   -      DECLINED  OTHER          -          -        -      -                                 2026-04-15 -
 * </pre>
 * Workgroup W: P1, P2, P3, P7 joined 2026-03-01. Convening C1 2026-03-10: P1, P2, P4 and a guest checked in, 3
 * confirmed RSVPs, accommodations ASL 2 and childcare 1; C2 2026-05-05: P1 and P5, ASL 1; C3 cancelled (P6 there).
 * Contributions: P3 a workgroup note 2026-03-15, P1 a comment 2026-04-01, P2 a decision response 2026-05-01, P4 a
 * revision 2026-06-01. Committee: P1, P3 and P8 (no registration). Recommendation "Published": revision 2026-04-08,
 * round 2026-04-20 to 2026-04-30 approved, published 2026-05-15; "Draft": P4's revision. Milestones: phase Design
 * (DONE, PLANNED), none (BLOCKED, owned by W).
 */
final class FunnelFixture {

    final long initiative;
    final long[] people = new long[9];
    final long workgroup;
    /** C1, C2, C3 (index 0 unused). */
    final long[] convenings = new long[4];

    FunnelFixture(JdbcTemplate jdbc, InitiativeService initiatives) {
        String slug = "funnel-" + UUID.randomUUID().toString().substring(0, 8);
        initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "Funnel", "Region", null,
                null, null, List.of(), List.of())));
        for (int p = 1; p <= 8; p++) {
            people[p] = jdbc.queryForObject("insert into person (issuer, subject, display_name) values ('test', ?, ?)"
                    + " returning id", Long.class, UUID.randomUUID().toString(), "Person " + p);
        }
        long labor = org(jdbc, "LABOR");
        long business = org(jdbc, "BUSINESS");
        String black = "BLACK_AFRICAN_AMERICAN";
        reg(jdbc, 1, "APPROVED", "LABOR_UNION", "King", labor, "WOMAN", black + ",HISPANIC_LATINO", "2026-01-15", "2026-02-01");
        reg(jdbc, 2, "APPROVED", "LABOR_UNION", "King", labor, "WOMAN", black, "2026-01-15", "2026-04-10");
        reg(jdbc, 3, "APPROVED", "EMPLOYER", "Pierce", business, "MAN", black, "2026-01-15", "2026-02-01");
        reg(jdbc, 4, "APPROVED", "WORKER_CENTER", "Snohomish", null, "WOMAN", black, "2026-01-15", "2026-02-01");
        reg(jdbc, 5, "APPROVED", "EMPLOYER", "King", business, "WOMAN", black, "2026-01-15", "2026-02-01");
        reg(jdbc, 6, "APPROVED", "WORKER_CENTER", "King", null, "WOMAN", black, "2026-01-15", "2026-02-01");
        reg(jdbc, 7, "PENDING", "EMPLOYER", "King", null, null, null, "2026-04-15", null);
        reg(jdbc, 0, "DECLINED", "OTHER", null, null, null, null, "2026-04-15", null);

        workgroup = jdbc.queryForObject("insert into workgroup (initiative_id, name) values (?, 'W') returning id",
                Long.class, initiative);
        for (int p : new int[] {1, 2, 3, 7}) {
            jdbc.update("insert into workgroup_member (workgroup_id, person_id, role, joined_at) values (?, ?, 'MEMBER',"
                    + " timestamptz '2026-03-01 12:00Z')", workgroup, people[p]);
        }
        long c1 = convening(jdbc, "2026-03-10", "SCHEDULED");
        long c2 = convening(jdbc, "2026-05-05", "SCHEDULED");
        long c3 = convening(jdbc, "2026-05-20", "CANCELLED");
        convenings[1] = c1;
        convenings[2] = c2;
        convenings[3] = c3;
        for (int p : new int[] {1, 2, 4}) {
            attend(jdbc, c1, p);
            jdbc.update("insert into rsvp (convening_id, person_id, status) values (?, ?, 'CONFIRMED')", c1, people[p]);
        }
        jdbc.update("insert into attendance (convening_id, guest_name, method) values (?, 'Guest', 'WALK_IN')", c1);
        attend(jdbc, c2, 1);
        attend(jdbc, c2, 5);
        attend(jdbc, c3, 6);
        jdbc.update("insert into accommodation_count (convening_id, need, count) values (?, 'ASL', 2), (?, 'CHILDCARE', 1),"
                + " (?, 'ASL', 1), (?, 'ASL', 5)", c1, c1, c2, c3);

        jdbc.update("insert into workgroup_note (workgroup_id, kind, title, note_date, author_id, created_at)"
                + " values (?, 'MEETING', 'Notes', date '2026-03-15', ?, timestamptz '2026-03-15 12:00Z')", workgroup, people[3]);
        long report = jdbc.queryForObject("insert into report (initiative_id, title) values (?, 'R') returning id",
                Long.class, initiative);
        long section = jdbc.queryForObject("insert into report_section (report_id, position, title) values (?, 1, 'S')"
                + " returning id", Long.class, report);
        long published = jdbc.queryForObject("insert into recommendation (initiative_id, section_id, position, title,"
                + " status, first_published_at) values (?, ?, 1, 'Published', 'PUBLISHED', timestamptz '2026-05-15 12:00Z')"
                + " returning id", Long.class, initiative, section);
        long draft = jdbc.queryForObject("insert into recommendation (initiative_id, section_id, position, title, status)"
                + " values (?, ?, 2, 'Draft', 'DRAFT') returning id", Long.class, initiative, section);
        revision(jdbc, published, 1, null, "2026-04-08");
        revision(jdbc, draft, 1, people[4], "2026-06-01");
        long round = jdbc.queryForObject("""
                insert into decision_round (recommendation_id, revision_number, opened_by_name, opened_at, closes_at,
                    quorum_numerator, quorum_denominator, eligible, state, result, closed_at)
                values (?, 1, 'C', timestamptz '2026-04-20 12:00Z', timestamptz '2026-04-30 12:00Z', 1, 2, 3, 'CLOSED',
                    'APPROVED', timestamptz '2026-04-30 12:00Z') returning id""", Long.class, published);
        jdbc.update("insert into decision_response (round_id, person_id, person_name, response, updated_at)"
                + " values (?, ?, 'P2', 'CONSENT', timestamptz '2026-05-01 12:00Z')", round, people[2]);
        jdbc.update("insert into recommendation_comment (recommendation_id, revision_number, paragraph_index,"
                + " paragraph_text, author_person_id, author_name, body, created_at) values (?, 1, 0, 'P', ?, 'P1', 'B',"
                + " timestamptz '2026-04-01 12:00Z')", published, people[1]);
        for (int p : new int[] {1, 3, 8}) {
            jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COMMITTEE_MEMBER')",
                    initiative, people[p]);
        }
        long phase = jdbc.queryForObject("insert into phase (initiative_id, position, name, start_date, end_date)"
                + " values (?, 1, 'Design', date '2026-01-01', date '2026-12-31') returning id", Long.class, initiative);
        milestone(jdbc, phase, null, "DONE");
        milestone(jdbc, phase, null, "PLANNED");
        milestone(jdbc, null, workgroup, "BLOCKED");
    }

    private long org(JdbcTemplate jdbc, String type) {
        return jdbc.queryForObject("insert into organization (name, type) values (?, ?) returning id", Long.class,
                "Org " + UUID.randomUUID(), type);
    }

    private void reg(JdbcTemplate jdbc, int person, String status, String sector, String county, Long org, String gender,
                     String race, String created, String decided) {
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, organization_id, sector, county, gender,
                    race_ethnicity, status, person_id, created_at, decided_at)
                values (?, ?, 'N', 'n@example.org', ?, ?, ?, ?, ?, ?, ?, cast(? as date), cast(? as date))""",
                initiative, UUID.randomUUID() + "@example.org", org, sector, county, gender, race, status,
                person == 0 ? null : people[person], created, decided);
    }

    private long convening(JdbcTemplate jdbc, String day, String status) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility, status)
                values (?, 'SESSION', 'C', cast(? as date) + time '17:00', cast(? as date) + time '19:00', 'ONLINE',
                    'MEMBERS', ?) returning id""", Long.class, initiative, day, day, status);
    }

    private void attend(JdbcTemplate jdbc, long convening, int person) {
        jdbc.update("insert into attendance (convening_id, person_id, method) values (?, ?, 'LIST')", convening,
                people[person]);
    }

    private void revision(JdbcTemplate jdbc, long recommendation, int number, Long author, String day) {
        jdbc.update("insert into recommendation_revision (recommendation_id, number, title, body, summary,"
                + " author_person_id, author_name, created_at) values (?, ?, 'T', 'B', 'S', ?, 'A', cast(? as timestamptz))",
                recommendation, number, author, day + " 12:00Z");
    }

    private void milestone(JdbcTemplate jdbc, Long phase, Long owner, String status) {
        jdbc.update("insert into milestone (initiative_id, phase_id, owner_workgroup_id, title, due_date, status)"
                + " values (?, ?, ?, 'M', date '2026-09-01', ?)", initiative, phase, owner, status);
    }
}
