package app.convene.convenings;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Convenings and RSVPs written straight into the module's tables (the calendar tests need no editor). */
record CalendarFixture(JdbcTemplate jdbc) {

    long convening(long initiativeId, String title, Instant start, String visibility) {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, description, starts_at, ends_at, format, venue, address,
                                       online_link, visibility)
                values (?, 'SESSION', ?, 'Bring the county figures', ?, ?, 'HYBRID', 'Union Hall', '12 Main St, Atlanta',
                        'https://meet.example.org/secret-room', ?)
                returning id""", Long.class, initiativeId, title, Timestamp.from(start),
                Timestamp.from(start.plusSeconds(5400)), visibility);
    }

    long member(long conveningId, long personId, String status) {
        return jdbc.queryForObject("insert into rsvp (convening_id, person_id, status) values (?, ?, ?) returning id",
                Long.class, conveningId, personId, status);
    }

    long guest(long conveningId, String email, String status) {
        return jdbc.queryForObject("""
                insert into rsvp (convening_id, guest_name, guest_email, guest_organization, status)
                values (?, 'Rosa Guest', ?, 'Invented Org', ?) returning id""", Long.class, conveningId, email, status);
    }

    /** As the core part's editor would: a move or cancellation raises the sequence. */
    void move(long conveningId, long seconds) {
        jdbc.update("update convening set starts_at = starts_at + make_interval(secs => ?), ends_at = ends_at"
                + " + make_interval(secs => ?), sequence = sequence + 1 where id = ?", seconds, seconds, conveningId);
    }

    void cancel(long conveningId) {
        jdbc.update("update convening set status = 'CANCELLED', sequence = sequence + 1 where id = ?", conveningId);
    }
}
