package app.convene.security.internal;

import app.convene.security.PersonSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The person table's statements that JPA does not express: the sign-in's atomic insert, the calendar
 * secret and the pickers' search among given people.
 */
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
                                         boolean administrator, Instant now, String language) {
        return jdbc.sql("""
                insert into person (issuer, subject, display_name, email, administrator, created_at, last_login_at,
                                    language)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (issuer, subject) do nothing
                returning id""")
                .params(issuer, subject, name, email, administrator, Timestamp.from(now), Timestamp.from(now), language)
                .query((rs, n) -> rs.getLong(1)).optional();
    }

    /**
     * The stored person with this issuer and subject as a sign-in compares it with the ID token, read without a
     * lock; empty when there is none.
     */
    public Optional<Stored> stored(String issuer, String subject) {
        return jdbc.sql("""
                select id, display_name, email, email_verified, administrator, closed_at is not null, last_login_at
                from person where issuer = ? and subject = ?""")
                .params(issuer, subject)
                .query((rs, n) -> {
                    Timestamp lastLogin = rs.getTimestamp(7);
                    return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getBoolean(6), lastLogin == null ? null : lastLogin.toInstant());
                }).optional();
    }

    /** A person's row as a sign-in reads it (see {@link #stored(String, String)}). */
    public record Stored(long id, String displayName, String email, boolean emailVerified, boolean administrator,
                         boolean closed, Instant lastLoginAt) {

        /** Whether the identity provider's data equals the stored data (what {@link Person#syncFromProvider} keeps). */
        public boolean matches(String name, String email, boolean emailVerified, boolean administrator) {
            return displayName.equals(name) && Objects.equals(this.email, email)
                    && this.emailVerified == emailVerified && this.administrator == administrator;
        }
    }

    /** Whether an open account holds this email (compared trimmed and in any case). */
    public boolean hasEmail(String email) {
        return jdbc.sql("""
                select exists (select 1 from person where lower(email) = lower(?) and closed_at is null)""")
                .param(email.strip()).query(Boolean.class).single();
    }

    /** The person's language tag, when they have one. */
    public Optional<String> language(long personId) {
        return jdbc.sql("select language from person where id = ?").param(personId)
                .query(String.class).list().stream().filter(Objects::nonNull).findFirst();
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

    /**
     * Open accounts among {@code people} whose name or email contains {@code text} (lower case; empty
     * matches all), plus, when {@code exactEmail} is given, the open account with exactly that email;
     * by name, a page plus one row to know whether more follow.
     */
    public Slice<PersonSummary> search(Collection<Long> people, String text, String exactEmail, Pageable pageable) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<PersonSummary> rows = jdbc.sql("""
                select id, display_name, email from person
                where closed_at is null
                  and ((id = any(:people) and (lower(display_name) like :like or lower(email) like :like))
                       or (:exact <> '' and lower(email) = :exact))
                order by lower(display_name), id limit :limit offset :offset""")
                .param("people", new SqlArrayValue("bigint", people.toArray()))
                .param("like", like).param("exact", exactEmail == null ? "" : exactEmail)
                .param("limit", pageable.getPageSize() + 1).param("offset", pageable.getOffset())
                .query((rs, n) -> new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
