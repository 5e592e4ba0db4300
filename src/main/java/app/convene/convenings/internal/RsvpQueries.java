package app.convene.convenings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** RSVPs and the convening facts they need (tables rsvp, convening). */
@Repository
public class RsvpQueries {

    private static final String CONVENING = """
            select id, initiative_id, series_id, status, starts_at, ends_at, capacity, rsvp_deadline, visibility,
                   host_workgroup_id, title, online_link from convening where id = ?""";
    private static final String RSVP = """
            select id, convening_id, person_id, guest_name, guest_email, status, waitlist_position, confirm_by,
                   guest_language
            from rsvp
            """;

    private final JdbcClient jdbc;

    RsvpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What RSVPs need to know of a convening. */
    public record ConveningRow(long id, long initiativeId, Long seriesId, String status, Instant startsAt,
                               Instant endsAt, Integer capacity, Instant rsvpDeadline, String visibility,
                               Long hostWorkgroupId, String title, String onlineLink) {
    }

    /** One RSVP row; a guest's has the language tag of the form they used ({@code guestLanguage}). */
    public record RsvpRow(long id, long conveningId, Long personId, String guestName, String guestEmail,
                          String status, Integer waitlistPosition, Instant confirmBy, String guestLanguage) {
    }

    public Optional<ConveningRow> convening(long id) {
        return jdbc.sql(CONVENING).param(id).query(RsvpQueries::conveningRow).optional();
    }

    /** The convening, locked until the transaction ends: counting seats and taking one happen in turn. */
    public Optional<ConveningRow> lockConvening(long id) {
        return jdbc.sql(CONVENING + " for update").param(id).query(RsvpQueries::conveningRow).optional();
    }

    /** Scheduled occurrences of the series that start after {@code now}, in order. */
    public List<Long> futureOccurrences(long seriesId, Instant now) {
        return jdbc.sql("""
                select id from convening where series_id = ? and status = 'SCHEDULED' and starts_at > ?
                order by starts_at""").params(seriesId, Timestamp.from(now)).query(Long.class).list();
    }

    public int confirmed(long conveningId) {
        return jdbc.sql("select count(*) from rsvp where convening_id = ? and status = 'CONFIRMED'")
                .param(conveningId).query(Integer.class).single();
    }

    public int nextWaitlistPosition(long conveningId) {
        return jdbc.sql("""
                select coalesce(max(waitlist_position), 0) + 1 from rsvp
                where convening_id = ? and status = 'WAITLISTED'""").param(conveningId).query(Integer.class).single();
    }

    public Optional<RsvpRow> active(long conveningId, long personId) {
        return jdbc.sql(RSVP + """
                 where convening_id = ? and person_id = ? and status in ('PENDING', 'CONFIRMED', 'WAITLISTED')""")
                .params(conveningId, personId).query(RsvpQueries::rsvpRow).optional();
    }

    public boolean activeGuest(long conveningId, String email) {
        return jdbc.sql("""
                select count(*) from rsvp where convening_id = ? and lower(guest_email) = lower(?)
                and status in ('PENDING', 'CONFIRMED', 'WAITLISTED')""")
                .params(conveningId, email).query(Integer.class).single() > 0;
    }

    public Optional<RsvpRow> lock(long rsvpId) {
        return jdbc.sql(RSVP + " where id = ? for update").param(rsvpId).query(RsvpQueries::rsvpRow).optional();
    }

    /** The RSVP whose link has this hash (not locked: lock the convening first, then the RSVP). */
    public Optional<RsvpRow> byConfirmHash(String hash) {
        return jdbc.sql(RSVP + " where confirm_token_hash = ?").param(hash).query(RsvpQueries::rsvpRow).optional();
    }

    public Optional<RsvpRow> byCancelHash(String hash) {
        return jdbc.sql(RSVP + " where cancel_token_hash = ?").param(hash).query(RsvpQueries::rsvpRow).optional();
    }

    public boolean forSeries(long rsvpId) {
        return jdbc.sql("select for_series from rsvp where id = ?").param(rsvpId).query(Boolean.class).single();
    }

    /** Where a waitlisted RSVP stands now: 1 for the next to move up. */
    public int waitlistRank(long conveningId, int position) {
        return jdbc.sql("""
                select count(*) from rsvp where convening_id = ? and status = 'WAITLISTED' and waitlist_position <= ?""")
                .params(conveningId, position).query(Integer.class).single();
    }

    public long insertMember(long conveningId, long personId, String status, boolean forSeries, Integer position,
                             Instant now) {
        return jdbc.sql("""
                insert into rsvp (convening_id, person_id, status, for_series, waitlist_position, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(conveningId, personId, status, forSeries, position, Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    /** A guest's RSVP, waiting for its link; {@code language} is the tag of the form's language ("en", "es"). */
    public long insertGuest(long conveningId, String name, String email, String organization, String language,
                            String confirmHash, Instant confirmBy, Instant now) {
        return jdbc.sql("""
                insert into rsvp (convening_id, guest_name, guest_email, guest_organization, guest_language, status,
                                  confirm_token_hash, confirm_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?) returning id""")
                .params(conveningId, name, email, organization, language, confirmHash, Timestamp.from(confirmBy),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Sets the status and queue place; a single-use confirmation link is spent with any change. */
    public void setStatus(long rsvpId, String status, Integer position, Instant now) {
        jdbc.sql("""
                update rsvp set status = ?, waitlist_position = ?, confirm_token_hash = null, updated_at = ?,
                version = version + 1 where id = ?""")
                .params(status, position, Timestamp.from(now), rsvpId).update();
    }

    public void setCancelHash(long rsvpId, String hash) {
        jdbc.sql("update rsvp set cancel_token_hash = ? where id = ?").params(hash, rsvpId).update();
    }

    /** The first on the waitlist, locked. */
    public Optional<RsvpRow> lockFirstWaitlisted(long conveningId) {
        return jdbc.sql(RSVP + """
                 where convening_id = ? and status = 'WAITLISTED' order by waitlist_position, id limit 1 for update""")
                .param(conveningId).query(RsvpQueries::rsvpRow).optional();
    }

    public void addNeed(long rsvpId, String need, String detail) {
        jdbc.sql("insert into rsvp_accommodation (rsvp_id, need, detail) values (?, ?, ?)")
                .params(rsvpId, need, detail).update();
    }

    /** An RSVP or a convening's accommodations that housekeeping changed, for the audit log. */
    public record Housekept(long id, long initiativeId, int count) {
    }

    /** Guests who did not follow their link in time: EXPIRED. Returns them (count 1 each). */
    public List<Housekept> expirePending(Instant now) {
        return jdbc.sql("""
                update rsvp r set status = 'EXPIRED', confirm_token_hash = null, updated_at = ?, version = r.version + 1
                from convening c
                where c.id = r.convening_id and r.status = 'PENDING' and r.confirm_by < ?
                returning r.id, c.initiative_id""").params(Timestamp.from(now), Timestamp.from(now))
                .query((rs, n) -> new Housekept(rs.getLong(1), rs.getLong(2), 1)).list();
    }

    private static ConveningRow conveningRow(ResultSet rs, int n) throws SQLException {
        return new ConveningRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), (Integer) rs.getObject(7, Integer.class),
                instant(rs.getTimestamp(8)), rs.getString(9), rs.getObject(10, Long.class), rs.getString(11),
                rs.getString(12));
    }

    private static RsvpRow rsvpRow(ResultSet rs, int n) throws SQLException {
        return new RsvpRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class), instant(rs.getTimestamp(8)),
                rs.getString(9));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
