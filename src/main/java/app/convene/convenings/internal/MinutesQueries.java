package app.convene.convenings.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved versions, review comments, action items and attendees of minutes (names read from person). */
@Repository
public class MinutesQueries {

    private final JdbcClient jdbc;

    MinutesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record VersionRow(int number, String markdown, String approver, Instant approvedAt) {
    }

    public record CommentRow(long id, String author, String body, Instant createdAt) {
    }

    public record ActionRow(long id, String what, Long ownerId, String owner, LocalDate due, Long workgroupNoteId,
                            Long milestoneId) {
    }

    public record PersonRow(long id, String name, String email) {
    }

    /** Approved versions, newest first. */
    public List<VersionRow> versions(long minutesId) {
        return jdbc.sql("""
                select v.number, v.markdown, coalesce(p.display_name, ''), v.approved_at from minutes_version v
                left join person p on p.id = v.approved_by where v.minutes_id = ? order by v.number desc""")
                .param(minutesId).query((rs, i) -> new VersionRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** Adds the next approved version; returns its number. */
    public int addVersion(long minutesId, String markdown, Long approvedBy, Instant at) {
        return jdbc.sql("""
                insert into minutes_version (minutes_id, number, markdown, approved_by, approved_at)
                values (?, (select coalesce(max(number), 0) + 1 from minutes_version where minutes_id = ?), ?, ?, ?)
                returning number""").params(minutesId, minutesId, markdown, approvedBy, Timestamp.from(at))
                .query(Integer.class).single();
    }

    public List<CommentRow> comments(long minutesId) {
        return jdbc.sql("""
                select c.id, coalesce(p.display_name, ''), c.body, c.created_at from minutes_comment c
                left join person p on p.id = c.person_id where c.minutes_id = ? order by c.created_at, c.id""")
                .param(minutesId).query((rs, i) -> new CommentRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    public long addComment(long minutesId, long personId, String body, Instant at) {
        return jdbc.sql("insert into minutes_comment (minutes_id, person_id, body, created_at) values (?, ?, ?, ?) returning id")
                .params(minutesId, personId, body, Timestamp.from(at)).query(Long.class).single();
    }

    public List<ActionRow> actions(long minutesId) {
        return jdbc.sql("""
                select a.id, a.what, a.owner_person_id, p.display_name, a.due, a.workgroup_note_id, a.milestone_id
                from minutes_action a left join person p on p.id = a.owner_person_id where a.minutes_id = ? order by a.id""")
                .param(minutesId).query((rs, i) -> new ActionRow(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getObject(6, Long.class), rs.getObject(7, Long.class))).list();
    }

    public Optional<ActionRow> action(long actionId) {
        return jdbc.sql("""
                select a.id, a.what, a.owner_person_id, p.display_name, a.due, a.workgroup_note_id, a.milestone_id
                from minutes_action a left join person p on p.id = a.owner_person_id where a.id = ? for update of a""")
                .param(actionId).query((rs, i) -> new ActionRow(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getObject(6, Long.class), rs.getObject(7, Long.class))).optional();
    }

    /** The minutes an action item belongs to. */
    public Optional<Long> minutesOfAction(long actionId) {
        return jdbc.sql("select minutes_id from minutes_action where id = ?").param(actionId).query(Long.class).optional();
    }

    public long addAction(long minutesId, String what, Long ownerId, LocalDate due) {
        return jdbc.sql("insert into minutes_action (minutes_id, what, owner_person_id, due) values (?, ?, ?, ?) returning id")
                .params(minutesId, what, ownerId, Date.valueOf(due)).query(Long.class).single();
    }

    public void linkNote(long actionId, long noteId) {
        jdbc.sql("update minutes_action set workgroup_note_id = ? where id = ?").params(noteId, actionId).update();
    }

    public void linkMilestone(long actionId, long milestoneId) {
        jdbc.sql("update minutes_action set milestone_id = ? where id = ?").params(milestoneId, actionId).update();
    }

    /** Members (not guests) with a confirmed RSVP of their own, or checked in: the convening's attendees. */
    private static final String ATTENDEE_IDS = """
            (select person_id from rsvp where convening_id = :convening and status = 'CONFIRMED' and person_id is not null
             union select person_id from attendance where convening_id = :convening and person_id is not null)""";

    public List<PersonRow> attendees(long conveningId) {
        return jdbc.sql("select p.id, p.display_name, p.email from person p where p.closed_at is null and p.id in "
                        + ATTENDEE_IDS + " order by p.id")
                .param("convening", conveningId)
                .query((rs, i) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public boolean attended(long conveningId, long personId) {
        return jdbc.sql("select count(*) from person p where p.id = :person and p.id in " + ATTENDEE_IDS)
                .param("convening", conveningId).param("person", personId).query(Integer.class).single() > 0;
    }

    /** The initiative's people (a role in it) and the convening's attendees whose name or email holds the text. */
    public List<PersonRow> owners(long initiativeId, long conveningId, String text, int offset, int limit) {
        return jdbc.sql("""
                select p.id, p.display_name, p.email from person p where p.closed_at is null
                and (p.id in (select person_id from initiative_role where initiative_id = :initiative)
                     or p.id in """ + ATTENDEE_IDS + """
                )
                and (lower(p.display_name) like :text or lower(coalesce(p.email, '')) like :text)
                order by p.display_name, p.id offset :offset limit :limit""")
                .param("initiative", initiativeId).param("convening", conveningId).param("text", "%" + text + "%")
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
