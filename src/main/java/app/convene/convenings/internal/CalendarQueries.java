package app.convene.convenings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar part's SQL: convenings and RSVPs as calendars need them (read straight from the module's
 * tables) and the record of which invitation and reminder each RSVP was sent.
 */
@Component
public class CalendarQueries {

    private static final String CONVENING = """
            select c.id, c.initiative_id, i.name as initiative_name, i.time_zone, c.title, c.description, c.starts_at,
                   c.ends_at, c.venue, c.address, c.online_link, c.visibility, c.host_workgroup_id, c.status, c.sequence
            from convening c join initiative i on i.id = c.initiative_id
            """;
    private static final String ACTIVE = "('PENDING', 'CONFIRMED', 'WAITLISTED')";

    private final JdbcClient jdbc;

    CalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A convening as calendars show it. */
    public record ConveningRow(long id, long initiativeId, String initiativeName, String timeZone, String title,
                               String description, Instant start, Instant end, String venue, String address,
                               String onlineLink, String visibility, Long hostWorkgroupId, String status, int sequence) {
        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    /**
     * Who an RSVP is for: a member (with their account's name and email) or a guest (with the language tag of
     * the form they used, {@code guestLanguage}).
     */
    public record Attendee(long rsvpId, long conveningId, Long personId, String name, String email, String status,
                           String guestLanguage) {
    }

    /** A confirmed RSVP whose calendar lags behind its convening: never sent (lastMethod null) or an older sequence. */
    public record Due(Attendee attendee, String lastMethod) {
    }

    public Optional<ConveningRow> convening(long id) {
        return jdbc.sql(CONVENING + " where c.id = ?").param(id).query(CalendarQueries::convening).optional();
    }

    public List<ConveningRow> publicConvenings(long initiativeId) {
        return jdbc.sql(CONVENING + " where c.initiative_id = ? and c.visibility = 'PUBLIC' order by c.starts_at, c.id")
                .param(initiativeId).query(CalendarQueries::convening).list();
    }

    /** Convenings the person holds an active RSVP to (pending, confirmed or waitlisted). */
    public List<ConveningRow> rsvpedBy(long personId) {
        return jdbc.sql(CONVENING + " where exists (select 1 from rsvp r where r.convening_id = c.id and r.person_id = ?"
                        + " and r.status in " + ACTIVE + ") order by c.starts_at, c.id")
                .param(personId).query(CalendarQueries::convening).list();
    }

    public Optional<Attendee> attendee(long rsvpId) {
        return jdbc.sql(ATTENDEE + " where r.id = ?").param(rsvpId).query(CalendarQueries::attendee).optional();
    }

    private static final String ATTENDEE = """
            select r.id, r.convening_id, r.person_id, coalesce(p.display_name, r.guest_name) as name,
                   coalesce(p.email, r.guest_email) as email, r.guest_language, r.status
            from rsvp r left join person p on p.id = r.person_id
            """;

    /**
     * Confirmed RSVPs of convenings not yet over whose last invitation is older than the convening's sequence
     * (or who never had one while it is scheduled).
     */
    public List<Due> invitationsDue(Instant now) {
        return jdbc.sql(ATTENDEE.replace("r.status\n", "r.status, s.method\n") + """
                join convening c on c.id = r.convening_id
                left join convening_invitation_sent s on s.rsvp_id = r.id
                where r.status = 'CONFIRMED' and c.ends_at > ?
                  and ((s.rsvp_id is null and c.status = 'SCHEDULED') or s.sequence < c.sequence)
                order by r.id""").param(Timestamp.from(now))
                .query((rs, n) -> new Due(attendee(rs, n), rs.getString("method"))).list();
    }

    /**
     * Records that the RSVP was sent this sequence and method; false when it already had it (or a later one),
     * so that two runs never send the same message twice.
     */
    public boolean markInvitation(long rsvpId, int sequence, String method) {
        return jdbc.sql("""
                insert into convening_invitation_sent (rsvp_id, sequence, method) values (?, ?, ?)
                on conflict (rsvp_id) do update set sequence = excluded.sequence, method = excluded.method, sent_at = now()
                where convening_invitation_sent.sequence < excluded.sequence
                   or convening_invitation_sent.method <> excluded.method""").params(rsvpId, sequence, method).update() > 0;
    }

    /** Confirmed RSVPs of scheduled convenings starting within the window that have had no reminder. */
    public List<Attendee> remindersDue(Instant from, Instant until) {
        return jdbc.sql(ATTENDEE + """
                join convening c on c.id = r.convening_id
                where r.status = 'CONFIRMED' and c.status = 'SCHEDULED' and c.starts_at > ? and c.starts_at <= ?
                  and not exists (select 1 from convening_reminder_sent m where m.rsvp_id = r.id)
                order by r.id""").params(Timestamp.from(from), Timestamp.from(until))
                .query(CalendarQueries::attendee).list();
    }

    /** Records the reminder; false when it was already sent. */
    public boolean markReminder(long rsvpId) {
        return jdbc.sql("insert into convening_reminder_sent (rsvp_id) values (?) on conflict do nothing")
                .param(rsvpId).update() > 0;
    }

    private static Attendee attendee(ResultSet rs, int n) throws SQLException {
        return new Attendee(rs.getLong("id"), rs.getLong("convening_id"), (Long) rs.getObject("person_id", Long.class),
                rs.getString("name"), rs.getString("email"), rs.getString("status"), rs.getString("guest_language"));
    }

    private static ConveningRow convening(ResultSet rs, int n) throws SQLException {
        return new ConveningRow(rs.getLong("id"), rs.getLong("initiative_id"), rs.getString("initiative_name"),
                rs.getString("time_zone"), rs.getString("title"), rs.getString("description"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"),
                rs.getString("address"), rs.getString("online_link"), rs.getString("visibility"),
                rs.getObject("host_workgroup_id", Long.class), rs.getString("status"), rs.getInt("sequence"));
    }
}
