package app.convene.stakeholders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Repeat registrations kept aside until their mailbox confirms them (table registration_confirmation). */
@Repository
public class ConfirmationQueries {

    private final JdbcClient jdbc;

    ConfirmationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A kept-aside repeat registration, by the SHA-256 of its link's token. */
    public record Kept(long id, long initiativeId, String emailKey, String answers, Instant expiresAt, Instant usedAt) {
    }

    public void insert(String tokenHash, long initiativeId, String emailKey, String answers, Instant now,
                       Instant expiresAt) {
        jdbc.sql("""
                insert into registration_confirmation (token_hash, initiative_id, email_key, answers, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(tokenHash, initiativeId, emailKey, answers, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    /** The row for this token, locked until the transaction ends (two clicks take turns). */
    public Optional<Kept> lock(String tokenHash) {
        return jdbc.sql("""
                select id, initiative_id, email_key, answers, expires_at, used_at from registration_confirmation
                where token_hash = ? for update""")
                .param(tokenHash)
                .query((rs, n) -> new Kept(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /**
     * Marks every open confirmation of this mailbox in the initiative used (the confirmed one and
     * any older ones it replaces) and drops their answers.
     */
    public void useAll(long initiativeId, String emailKey, Instant now) {
        jdbc.sql("""
                update registration_confirmation set used_at = ?, answers = null
                where initiative_id = ? and email_key = ? and used_at is null""")
                .params(Timestamp.from(now), initiativeId, emailKey).update();
    }

    /** Closing an account: repeat registrations kept aside for its mailboxes go, answers and all. */
    public int forget(Collection<String> emailKeys) {
        return emailKeys.isEmpty() ? 0 : jdbc.sql("delete from registration_confirmation where email_key in (:keys)")
                .param("keys", emailKeys).update();
    }

    /** Forgets answers that were never confirmed in time, and rows long past any use. */
    public void forgetExpired(Instant now, Instant longAgo) {
        jdbc.sql("update registration_confirmation set answers = null where expires_at < ? and answers is not null")
                .param(Timestamp.from(now)).update();
        jdbc.sql("delete from registration_confirmation where expires_at < ?").param(Timestamp.from(longAgo)).update();
    }
}
