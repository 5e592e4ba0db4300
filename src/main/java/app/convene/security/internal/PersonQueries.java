package app.convene.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person table's statements that JPA does not express: the sign-in's atomic insert and the calendar secret. */
@Repository
public class PersonQueries {

    private final JdbcClient jdbc;

    PersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the person unless one with this issuer and subject exists (an atomic insert that
     * leaves an existing row alone); the new row's id, or empty when it existed.
     */
    public Optional<Long> insertIfAbsent(String issuer, String subject, String name, String email,
                                         boolean administrator, Instant now) {
        return jdbc.sql("""
                insert into person (issuer, subject, display_name, email, administrator, created_at, last_login_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (issuer, subject) do nothing
                returning id""")
                .params(issuer, subject, name, email, administrator, Timestamp.from(now), Timestamp.from(now))
                .query((rs, n) -> rs.getLong(1)).optional();
    }

    /** Whether an open account holds this email (compared trimmed and in any case). */
    public boolean hasEmail(String email) {
        return jdbc.sql("""
                select exists (select 1 from person where lower(email) = lower(?) and closed_at is null)""")
                .param(email.strip()).query(Boolean.class).single();
    }

    public Optional<String> calendarToken(long personId) {
        return jdbc.sql("select calendar_token from person where id = ?").param(personId)
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    public void setCalendarToken(long personId, String token) {
        jdbc.sql("update person set calendar_token = ? where id = ?").params(token, personId).update();
    }

    /** The open account whose calendar secret this is. */
    public Optional<Long> byCalendarToken(String token) {
        return jdbc.sql("select id from person where calendar_token = ? and closed_at is null").param(token)
                .query(Long.class).list().stream().findFirst();
    }
}
