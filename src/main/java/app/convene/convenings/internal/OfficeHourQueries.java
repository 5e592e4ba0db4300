package app.convene.convenings.internal;

import app.convene.convenings.OfficeHourOrganization;
import app.convene.security.OwnDataContribution;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Office hours' slots, bookings and allowances (tables office_hour_slot, office_hour_booking,
 * office_hour_allowance), and the organizations people book for. An organization here is the top-level
 * one: a jurisdiction and the office under it count as one.
 */
@Repository
public class OfficeHourQueries implements OwnDataContribution {

    private static final int ORGANIZATION_LOCK = 15_031;
    private static final int EXPERT_LOCK = 15_032;
    private static final String SLOT = "select id, convening_id, expert_id, starts_at, minutes from office_hour_slot";
    /** A top-level organization {@code t} of the initiative (two parameters: the initiative, twice). */
    private static final String OF_INITIATIVE = """
            t.parent_id is null and (
              exists (select 1 from initiative_partner p join organization o on o.id = p.organization_id
                      where p.initiative_id = ? and coalesce(o.parent_id, o.id) = t.id)
              or exists (select 1 from registration r join organization o on o.id = r.organization_id
                         where r.initiative_id = ? and r.status = 'APPROVED' and coalesce(o.parent_id, o.id) = t.id))""";

    private final JdbcClient jdbc;

    OfficeHourQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SlotRow(long id, long conveningId, long expertId, Instant startsAt, int minutes) {
        public Instant endsAt() {
            return startsAt.plusSeconds(60L * minutes);
        }
    }

    public record BookingRow(long id, long slotId, long organizationId, Long bookedBy) {
    }

    /** A slot as the lists show it: who gives it and, when booked, for which organization and by whom. */
    public record SlotEntry(long id, Instant startsAt, int minutes, long expertId, String expert, Long bookingId,
                            Long organizationId, String organization, Long bookedBy) {
    }

    /** Minutes an organization booked (and their booking count) in one initiative and phase. */
    public record Usage(long organizationId, String organization, int minutes, int bookings) {
    }


    /** Holds the organization's bookings in turn until the transaction ends. */
    public void lockOrganization(long organizationId) {
        advisory(ORGANIZATION_LOCK, organizationId);
    }

    /** Holds the expert's slots in turn until the transaction ends. */
    public void lockExpert(long personId) {
        advisory(EXPERT_LOCK, personId);
    }

    private void advisory(int kind, long id) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(kind, (int) (id % Integer.MAX_VALUE))
                .query((rs, n) -> 1).list();
    }

    public long insertSlot(long conveningId, long expertId, Instant startsAt, int minutes) {
        return jdbc.sql("""
                insert into office_hour_slot (convening_id, expert_id, starts_at, minutes) values (?, ?, ?, ?)
                returning id""").params(conveningId, expertId, Timestamp.from(startsAt), minutes)
                .query(Long.class).single();
    }

    public void deleteSlot(long slotId) {
        jdbc.sql("delete from office_hour_slot where id = ?").param(slotId).update();
    }

    /** Whether the expert has a slot (any convening) overlapping [start, end). */
    public boolean expertBusy(long expertId, Instant start, Instant end) {
        return jdbc.sql("""
                select count(*) from office_hour_slot where expert_id = ? and starts_at < ?
                and starts_at + minutes * interval '1 minute' > ?""")
                .params(expertId, Timestamp.from(end), Timestamp.from(start)).query(Integer.class).single() > 0;
    }

    public Optional<SlotRow> slot(long slotId) {
        return jdbc.sql(SLOT + " where id = ?").param(slotId).query(OfficeHourQueries::slotRow).optional();
    }

    public Optional<SlotRow> lockSlot(long slotId) {
        return jdbc.sql(SLOT + " where id = ? for update").param(slotId).query(OfficeHourQueries::slotRow).optional();
    }

    public Optional<BookingRow> booking(long slotId) {
        return jdbc.sql("""
                select id, slot_id, organization_id, booked_by from office_hour_booking
                where slot_id = ? and status = 'BOOKED'""").param(slotId)
                .query((rs, n) -> new BookingRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, Long.class))).optional();
    }

    /** Whether the organization holds a booking overlapping [start, end) (any convening). */
    public boolean organizationBusy(long organizationId, Instant start, Instant end) {
        return jdbc.sql("""
                select count(*) from office_hour_booking b join office_hour_slot s on s.id = b.slot_id
                where b.organization_id = ? and b.status = 'BOOKED' and s.starts_at < ?
                and s.starts_at + s.minutes * interval '1 minute' > ?""")
                .params(organizationId, Timestamp.from(end), Timestamp.from(start)).query(Integer.class).single() > 0;
    }

    /** Minutes the organization holds in the initiative's office hours of the phase (null: of no phase). */
    public int usedMinutes(long organizationId, long initiativeId, Long phaseId) {
        return jdbc.sql("""
                select coalesce(sum(s.minutes), 0) from office_hour_booking b join office_hour_slot s on s.id = b.slot_id
                join convening c on c.id = s.convening_id
                where b.organization_id = ? and b.status = 'BOOKED' and c.initiative_id = ?
                and coalesce(c.phase_id, 0) = coalesce(?, 0)""")
                .params(organizationId, initiativeId, phaseId).query(Integer.class).single();
    }

    public Optional<Integer> allowance(long initiativeId, Long phaseId) {
        return jdbc.sql("""
                select minutes from office_hour_allowance where initiative_id = ? and coalesce(phase_id, 0) = coalesce(?, 0)""")
                .params(initiativeId, phaseId).query(Integer.class).optional();
    }

    public void setAllowance(long initiativeId, Long phaseId, int minutes) {
        jdbc.sql("""
                insert into office_hour_allowance (initiative_id, phase_id, minutes) values (?, ?, ?)
                on conflict (initiative_id, coalesce(phase_id, 0)) do update set minutes = excluded.minutes""")
                .params(initiativeId, phaseId, minutes).update();
    }

    public long insertBooking(long slotId, long organizationId, Long bookedBy, Instant now) {
        return jdbc.sql("""
                insert into office_hour_booking (slot_id, organization_id, booked_by, created_at) values (?, ?, ?, ?)
                returning id""").params(slotId, organizationId, bookedBy, Timestamp.from(now))
                .query(Long.class).single();
    }

    public void cancelBooking(long bookingId, Long cancelledBy, Instant now) {
        jdbc.sql("""
                update office_hour_booking set status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?,
                version = version + 1 where id = ?""").params(Timestamp.from(now), cancelledBy, bookingId).update();
    }

    /** The organization the person belongs to in the initiative: that of their approved registration there. */
    public Optional<OfficeHourOrganization> organizationOf(long initiativeId, long personId) {
        return jdbc.sql("""
                select t.id, t.name from registration r join organization o on o.id = r.organization_id
                join organization t on t.id = coalesce(o.parent_id, o.id)
                where r.initiative_id = ? and r.person_id = ? and r.status = 'APPROVED' order by r.id limit 1""")
                .params(initiativeId, personId).query((rs, n) -> new OfficeHourOrganization(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The organization (top-level) if it is one of the initiative's: a partner, or of an approved registration. */
    public Optional<OfficeHourOrganization> organizationIn(long initiativeId, long organizationId) {
        return jdbc.sql("select t.id, t.name from organization t where t.id = ? and " + OF_INITIATIVE)
                .params(organizationId, initiativeId, initiativeId)
                .query((rs, n) -> new OfficeHourOrganization(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The initiative's organizations (top-level) whose name contains the text, for the booking picker. */
    public List<OfficeHourOrganization> organizationsOf(long initiativeId, String text, int offset, int limit) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return jdbc.sql("select t.id, t.name from organization t where lower(t.name) like ? and " + OF_INITIATIVE
                        + " order by lower(t.name), t.id offset ? limit ?")
                .params(like, initiativeId, initiativeId, offset, limit)
                .query((rs, n) -> new OfficeHourOrganization(rs.getLong(1), rs.getString(2))).list();
    }

    /** One page of a convening's slots in time order, with their booking if any. */
    public List<SlotEntry> slots(long conveningId, int offset, int limit) {
        return jdbc.sql("""
                select s.id, s.starts_at, s.minutes, s.expert_id, p.display_name, b.id, b.organization_id, o.name,
                       b.booked_by
                from office_hour_slot s join person p on p.id = s.expert_id
                left join office_hour_booking b on b.slot_id = s.id and b.status = 'BOOKED'
                left join organization o on o.id = b.organization_id
                where s.convening_id = ? order by s.starts_at, s.id offset ? limit ?""")
                .params(conveningId, offset, limit)
                .query((rs, n) -> new SlotEntry(rs.getLong(1), RsvpQueries.instant(rs.getTimestamp(2)), rs.getInt(3),
                        rs.getLong(4), rs.getString(5), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                        rs.getString(8), rs.getObject(9, Long.class)))
                .list();
    }

    /** Minutes booked per organization in the initiative and phase (null: no phase), most first. */
    public List<Usage> usage(long initiativeId, Long phaseId) {
        return jdbc.sql("""
                select o.id, o.name, sum(s.minutes), count(*) from office_hour_booking b
                join office_hour_slot s on s.id = b.slot_id join convening c on c.id = s.convening_id
                join organization o on o.id = b.organization_id
                where b.status = 'BOOKED' and c.initiative_id = ? and coalesce(c.phase_id, 0) = coalesce(?, 0)
                group by o.id, o.name order by sum(s.minutes) desc, o.name""").params(initiativeId, phaseId)
                .query((rs, n) -> new Usage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select i.name as "initiative", c.title as "convening", s.starts_at as "startsAt", s.minutes as "minutes",
                       o.name as "organization", b.status as "status", b.created_at as "bookedAt"
                from office_hour_booking b join office_hour_slot s on s.id = b.slot_id
                join convening c on c.id = s.convening_id join initiative i on i.id = c.initiative_id
                join organization o on o.id = b.organization_id
                where b.booked_by = ? order by b.id""").param(personId).query().listOfRows();
        return Map.of("officeHourBookings", rows);
    }

    private static SlotRow slotRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SlotRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), RsvpQueries.instant(rs.getTimestamp(4)),
                rs.getInt(5));
    }
}
