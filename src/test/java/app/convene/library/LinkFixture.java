package app.convene.library;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a resource may be linked to, made straight in the tables: goals, convenings, recommendations. */
record LinkFixture(JdbcTemplate jdbc, LibraryFixture library) {

    long goal(long initiativeId, String title) {
        return jdbc.queryForObject("""
                insert into strategic_goal (initiative_id, position, title)
                values (?, (select coalesce(max(position), 0) + 1 from strategic_goal where initiative_id = ?), ?)
                returning id""", Long.class, initiativeId, initiativeId, title);
    }

    long convening(long initiativeId, String title, String visibility) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, now() + interval '30 days', now() + interval '30 days 2 hours', 'ONLINE', ?)
                returning id""", Long.class, initiativeId, title, visibility);
    }

    long recommendation(long initiativeId, String title) {
        long report = jdbc.queryForObject("insert into report (initiative_id, title) values (?, 'Report') returning id",
                Long.class, initiativeId);
        long section = jdbc.queryForObject("""
                insert into report_section (report_id, position, title) values (?, 1, 'Section') returning id""",
                Long.class, report);
        return jdbc.queryForObject("""
                insert into recommendation (initiative_id, section_id, position, title, status)
                values (?, ?, 1, ?, 'DRAFT') returning id""", Long.class, initiativeId, section, title);
    }

    int audited(long resourceId, String action) {
        return jdbc.queryForObject("""
                select count(*) from audit_event where subject_type = 'resource' and subject_id = ? and action = ?""",
                Integer.class, Long.toString(resourceId), action);
    }
}
