package app.convene.convenings.internal;

import app.convene.security.OwnDataContribution;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance (table attendance): check-ins, the check-in list, counts per organization and per person. */
@Repository
public class AttendanceQueries implements OwnDataContribution {

    /** A member's organization in the convening's initiative: their approved profile's. */
    private static final String MEMBER_ORGANIZATION = """
            (select coalesce(o.name, g.proposed_organization) from registration g
             left join organization o on o.id = g.organization_id
             where g.person_id = %s and g.initiative_id = %s and g.status = 'APPROVED' order by g.id limit 1)""";
    private static final String LISTED = "('CONFIRMED', 'WAITLISTED')";

    private final JdbcClient jdbc;

    AttendanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the check-in list: an RSVP (confirmed or waiting) or an attendance without one. */
    public record Entry(Long rsvpId, Long attendanceId, String name, String email, String organization,
                        String rsvpStatus, Instant checkedInAt) {
    }

    /** What a check-in needs of an RSVP: who, and the organization they stand for. */
    public record RsvpFacts(long id, long conveningId, Long personId, String guestName, String guestEmail,
                            String organization, String status) {
    }

    /** The RSVP with the organization its person stands for (a member's profile, a guest's answer). */
    public Optional<RsvpFacts> rsvp(long rsvpId) {
        return jdbc.sql("""
                select r.id, r.convening_id, r.person_id, r.guest_name, r.guest_email,
                       coalesce(r.guest_organization, %s), r.status
                from rsvp r join convening c on c.id = r.convening_id where r.id = ?"""
                .formatted(MEMBER_ORGANIZATION.formatted("r.person_id", "c.initiative_id")))
                .param(rsvpId).query((rs, n) -> new RsvpFacts(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).optional();
    }

    /** A member's organization in the initiative, if their profile names one. */
    public Optional<String> organizationOf(long personId, long initiativeId) {
        return jdbc.sql("select " + MEMBER_ORGANIZATION.formatted("?", "?")).params(personId, initiativeId)
                .query(String.class).optional();
    }

    /** The active RSVP of a member to the convening, if any. */
    public Optional<Long> activeRsvp(long conveningId, long personId) {
        return jdbc.sql("select id from rsvp where convening_id = ? and person_id = ? and status in " + LISTED)
                .params(conveningId, personId).query(Long.class).optional();
    }

    public Optional<Long> conveningOf(long attendanceId) {
        return jdbc.sql("select convening_id from attendance where id = ?").param(attendanceId).query(Long.class)
                .optional();
    }

    public boolean attended(long conveningId, Long personId, Long rsvpId) {
        return jdbc.sql("""
                select count(*) from attendance where convening_id = ? and (person_id = ? or rsvp_id = ?)""")
                .params(conveningId, personId, rsvpId).query(Integer.class).single() > 0;
    }

    /** Records one attendance; empty when the person (or the RSVP) is already checked in. */
    public Optional<Long> add(long conveningId, Long rsvpId, Long personId, String guestName, String guestEmail,
                                 String organization, String method, Long by, Instant at) {
        return jdbc.sql("""
                insert into attendance (convening_id, rsvp_id, person_id, guest_name, guest_email, organization, method,
                                        checked_in_by, checked_in_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(conveningId, rsvpId, personId, guestName, guestEmail, organization, method, by,
                        Timestamp.from(at))
                .query(Long.class).optional();
    }

    public int remove(long attendanceId) {
        return jdbc.sql("delete from attendance where id = ?").param(attendanceId).update();
    }

    /**
     * One page of the check-in list, filtered by part of name, email or organization: confirmed RSVPs,
     * then the waitlist, then people checked in without an RSVP (walk-ins), each by name.
     */
    public List<Entry> entries(long conveningId, String text, int offset, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                with listed as (
                    select r.id as rsvp_id, a.id as attendance_id, coalesce(p.display_name, r.guest_name) as name,
                           coalesce(p.email, r.guest_email) as email,
                           coalesce(a.organization, r.guest_organization, %s) as organization,
                           r.status, a.checked_in_at
                    from rsvp r join convening c on c.id = r.convening_id left join person p on p.id = r.person_id
                    left join attendance a on a.convening_id = r.convening_id
                         and (a.rsvp_id = r.id or (r.person_id is not null and a.person_id = r.person_id))
                    where r.convening_id = :c and r.status in %s
                    union all
                    select null, a.id, coalesce(p.display_name, a.guest_name), coalesce(p.email, a.guest_email),
                           a.organization, null, a.checked_in_at
                    from attendance a left join person p on p.id = a.person_id
                    where a.convening_id = :c and not exists (
                        select 1 from rsvp r where r.convening_id = :c and r.status in %s
                          and (r.id = a.rsvp_id or (a.person_id is not null and r.person_id = a.person_id)))
                )
                select rsvp_id, attendance_id, name, email, organization, status, checked_in_at from listed
                where :like = '%%%%' or lower(name) like :like or lower(coalesce(email, '')) like :like
                   or lower(coalesce(organization, '')) like :like
                order by case status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end, lower(name),
                         rsvp_id, attendance_id
                offset :offset limit :limit"""
                .formatted(MEMBER_ORGANIZATION.formatted("r.person_id", "c.initiative_id"), LISTED, LISTED))
                .param("c", conveningId).param("like", like.toLowerCase(java.util.Locale.ROOT))
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getObject(1, Long.class), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), RsvpQueries.instant(rs.getTimestamp(7))))
                .list();
    }

    /** Attendances by organization (none given last), most first. */
    public Map<String, Integer> byOrganization(long conveningId) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select organization, count(*) from attendance where convening_id = ?
                group by organization order by organization is null, count(*) desc, lower(organization)""")
                .param(conveningId).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** How many convenings the person attended. */
    public int attendedBy(long personId) {
        return jdbc.sql("select count(distinct convening_id) from attendance where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    /** The convening's check-in code: its hash and window. */
    public record Code(String hash, Instant validFrom, Instant validUntil) {
    }

    public Optional<Code> code(long conveningId) {
        return jdbc.sql("select code_hash, valid_from, valid_until from attendance_code where convening_id = ?")
                .param(conveningId).query((rs, n) -> new Code(rs.getString(1), RsvpQueries.instant(rs.getTimestamp(2)),
                        RsvpQueries.instant(rs.getTimestamp(3)))).optional();
    }

    public void saveCode(long conveningId, String hash, Instant validFrom, Instant validUntil, Long by, Instant now) {
        jdbc.sql("""
                insert into attendance_code (convening_id, code_hash, valid_from, valid_until, created_by, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (convening_id) do update set code_hash = excluded.code_hash,
                valid_from = excluded.valid_from, valid_until = excluded.valid_until, created_by = excluded.created_by,
                created_at = excluded.created_at""")
                .params(conveningId, hash, Timestamp.from(validFrom), Timestamp.from(validUntil), by, Timestamp.from(now))
                .update();
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select i.name as "initiative", c.title as "convening", c.starts_at as "startsAt",
                       a.organization as "organization", a.method as "how", a.checked_in_at as "checkedInAt"
                from attendance a join convening c on c.id = a.convening_id join initiative i on i.id = c.initiative_id
                where a.person_id = ? order by a.id""").param(personId).query().listOfRows();
        return Map.of("attendance", rows);
    }
}
