package app.convene.convenings;

import app.convene.security.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Office hours' test rows: an OFFICE_HOURS convening, organizations (with an office) and their members. */
public record OfficeHourFixture(JdbcTemplate jdbc, long initiativeId) {

    /**
     * Members-only office hours from 10 days on, eight hours long, in a phase of their own (the allowance and the
     * minutes used count per initiative and phase).
     */
    public long officeHours() {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long phase = jdbc.queryForObject("""
                insert into phase (initiative_id, position, name, start_date, end_date)
                values (?, (select coalesce(max(position), 0) + 1 from phase where initiative_id = ?), ?,
                        current_date, current_date + 60) returning id""", Long.class, initiativeId, initiativeId,
                "Phase " + UUID.randomUUID());
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility, phase_id)
                values (?, 'OFFICE_HOURS', ?, ?, ?, 'ONLINE', 'MEMBERS', ?) returning id""", Long.class, initiativeId,
                "Office hours " + UUID.randomUUID(), Timestamp.from(start), Timestamp.from(start.plus(8, ChronoUnit.HOURS)),
                phase);
    }

    /** The convening's start as a wall-clock time in the initiative's zone (as the forms take it). */
    public java.time.LocalDateTime localStartOf(long conveningId) {
        return java.time.LocalDateTime.ofInstant(startOf(conveningId), java.time.ZoneId.of(jdbc.queryForObject(
                "select time_zone from initiative where id = ?", String.class, initiativeId)));
    }

    public Instant startOf(long conveningId) {
        return jdbc.queryForObject("select starts_at from convening where id = ?", Timestamp.class, conveningId)
                .toInstant();
    }

    /** A jurisdiction (top-level organization) of its own name. */
    public long organization(String name) {
        return jdbc.queryForObject("insert into organization (name, type) values (?, 'GOVERNMENT') returning id",
                Long.class, name + " " + UUID.randomUUID());
    }

    public long office(long parentId, String name) {
        return jdbc.queryForObject("insert into organization (name, parent_id, type) values (?, ?, 'GOVERNMENT') returning id",
                Long.class, name, parentId);
    }

    /** A person with no role anywhere. */
    public Actor person(String name) {
        String email = name.replace(' ', '.').toLowerCase() + "." + UUID.randomUUID() + "@example.org";
        long id = jdbc.queryForObject("""
                insert into person (issuer, subject, display_name, email, administrator, created_at)
                values ('http://localhost:8180/realms/convene', ?, ?, ?, false, now()) returning id""",
                Long.class, "subject-" + UUID.randomUUID(), name, email);
        return new Actor(id, name, false);
    }

    /** A stakeholder of the initiative whose approved profile names the organization (null: none). */
    public Actor member(String name, Long organizationId) {
        Actor actor = person(name);
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                initiativeId, actor.personId());
        String email = email(actor);
        jdbc.update("""
                insert into registration (initiative_id, email_key, name, email, sector, status, organization_id,
                                          person_id)
                values (?, ?, ?, ?, 'GOVERNMENT', 'APPROVED', ?, ?)""", initiativeId, email, name, email,
                organizationId, actor.personId());
        return actor;
    }

    public Actor coordinator(String name) {
        Actor actor = person(name);
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COORDINATOR')",
                initiativeId, actor.personId());
        return actor;
    }

    public String email(Actor actor) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, actor.personId());
    }

    public int notices(Actor actor, String key) {
        return jdbc.queryForObject("select count(*) from notice where person_id = ? and text like ?", Integer.class,
                actor.personId(), key + "%");
    }

    /** The person's newest notice of this key: kind, initiative, link and text (the key and its parameters). */
    public List<String> notice(Actor actor, String key) {
        return jdbc.queryForObject("""
                select kind, initiative_id::text, link, text from notice where person_id = ? and text like ?
                order by id desc limit 1""", (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), actor.personId(), key + "%");
    }

    /** The initiative's time zone, which notices name with the time. */
    public String zone() {
        return jdbc.queryForObject("select time_zone from initiative where id = ?", String.class, initiativeId);
    }

    public int bookings(long slotId) {
        return jdbc.queryForObject("select count(*) from office_hour_booking where slot_id = ? and status = 'BOOKED'",
                Integer.class, slotId);
    }
}
