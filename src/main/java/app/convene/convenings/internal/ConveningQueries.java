package app.convene.convenings.internal;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Plain reads the entities do not cover: confirmed RSVPs (capacity checks) and the initiative's time zone. */
@Repository
public class ConveningQueries {

    private final JdbcTemplate jdbc;

    ConveningQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many people hold a confirmed seat at the convening. */
    public int confirmed(long conveningId) {
        Integer count = jdbc.queryForObject("select count(*) from rsvp where convening_id = ? and status = 'CONFIRMED'",
                Integer.class, conveningId);
        return count == null ? 0 : count;
    }

    /** The time zone the initiative's times are entered and shown in. */
    public Optional<String> timeZone(long initiativeId) {
        return jdbc.queryForList("select time_zone from initiative where id = ?", String.class, initiativeId).stream()
                .findFirst();
    }
}
