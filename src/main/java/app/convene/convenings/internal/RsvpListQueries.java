package app.convene.convenings.internal;

import app.convene.security.OwnDataContribution;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of RSVPs (organizers, "My convenings", own data) and the accommodations' roll-up and purge. */
@Repository
public class RsvpListQueries implements OwnDataContribution {

    private static final String ACTIVE = "('CONFIRMED', 'WAITLISTED')";

    private final JdbcClient jdbc;

    RsvpListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the organizers' list: who, their status and queue place, and what they need (need → detail or ""). */
    public record Entry(long id, String name, String email, String organization, boolean guest, String status,
                        Integer waitlistPosition, Instant createdAt, Map<String, String> needs) {
    }

    /** One of a person's RSVPs. */
    public record Mine(long rsvpId, long conveningId, String title, Instant startsAt, String conveningStatus,
                       String status, Integer waitlistPosition) {
    }

    /** The organizers' list: confirmed first, then the waitlist in order, then the rest; one page. */
    public List<Entry> entries(long conveningId, int offset, int limit) {
        return jdbc.sql("""
                select r.id, coalesce(p.display_name, r.guest_name), coalesce(p.email, r.guest_email),
                       r.guest_organization, r.person_id is null, r.status, r.waitlist_position, r.created_at,
                       (select string_agg(a.need || chr(30) || coalesce(a.detail, ''), chr(31) order by a.need)
                        from rsvp_accommodation a where a.rsvp_id = r.id)
                from rsvp r left join person p on p.id = r.person_id where r.convening_id = ?
                order by case r.status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 when 'PENDING' then 2 else 3 end,
                         r.waitlist_position nulls last, r.created_at, r.id
                offset ? limit ?""").params(conveningId, offset, limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getObject(7, Integer.class),
                        RsvpQueries.instant(rs.getTimestamp(8)), needs(rs.getString(9))))
                .list();
    }

    /** Needs aggregated as need, record separator, detail; entries joined by the unit separator. */
    private static Map<String, String> needs(String aggregated) {
        Map<String, String> needs = new LinkedHashMap<>();
        if (aggregated != null) {
            for (String need : aggregated.split("\u001f")) {
                String[] parts = need.split("\u001e", 2);
                needs.put(parts[0], parts.length < 2 ? "" : parts[1]);
            }
        }
        return needs;
    }

    public Optional<String> title(long conveningId) {
        return jdbc.sql("select title from convening where id = ?").param(conveningId).query(String.class).optional();
    }

    /** Needs of people coming or waiting, by need; after the purge, the counts kept. */
    public Map<String, Integer> counts(long conveningId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select a.need, count(*) from rsvp_accommodation a join rsvp r on r.id = a.rsvp_id
                where r.convening_id = ? and r.status in """ + ACTIVE + " group by a.need order by a.need")
                .param(conveningId).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        if (counts.isEmpty()) {
            jdbc.sql("select need, count from accommodation_count where convening_id = ? order by need")
                    .param(conveningId).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        }
        return counts;
    }

    /**
     * For convenings that ended before {@code endedBefore}: keeps the counts per need, then deletes who
     * needed what. Returns per convening how many details were deleted.
     */
    public List<RsvpQueries.Housekept> purgeAccommodations(Instant endedBefore) {
        Timestamp before = Timestamp.from(endedBefore);
        jdbc.sql("""
                insert into accommodation_count (convening_id, need, count)
                select r.convening_id, a.need, count(*) from rsvp_accommodation a join rsvp r on r.id = a.rsvp_id
                join convening c on c.id = r.convening_id
                where c.ends_at < ? and r.status in """ + ACTIVE + """
                 group by r.convening_id, a.need
                on conflict (convening_id, need) do update set count = excluded.count""").param(before).update();
        return jdbc.sql("""
                with gone as (
                    delete from rsvp_accommodation a using rsvp r, convening c
                    where r.id = a.rsvp_id and c.id = r.convening_id and c.ends_at < ?
                    returning c.id as convening_id, c.initiative_id)
                select convening_id, initiative_id, count(*) from gone group by convening_id, initiative_id
                order by convening_id""").param(before)
                .query((rs, n) -> new RsvpQueries.Housekept(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    public List<Mine> mine(long personId, int offset, int limit) {
        return jdbc.sql("""
                select r.id, c.id, c.title, c.starts_at, c.status, r.status, r.waitlist_position
                from rsvp r join convening c on c.id = r.convening_id
                where r.person_id = ? and r.status in ('CONFIRMED', 'WAITLISTED')
                order by c.starts_at desc, r.id offset ? limit ?""").params(personId, offset, limit)
                .query((rs, n) -> new Mine(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        RsvpQueries.instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, Integer.class)))
                .list();
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select i.name as "initiative", c.title as "convening", c.starts_at as "startsAt", r.status as "status",
                       r.for_series as "forSeries", r.waitlist_position as "waitlistPosition",
                       r.created_at as "createdAt",
                       (select string_agg(a.need || coalesce(': ' || a.detail, ''), '; ' order by a.need)
                        from rsvp_accommodation a where a.rsvp_id = r.id) as "accommodations"
                from rsvp r join convening c on c.id = r.convening_id join initiative i on i.id = c.initiative_id
                where r.person_id = ? order by r.id""").param(personId).query().listOfRows();
        return Map.of("rsvps", rows);
    }
}
