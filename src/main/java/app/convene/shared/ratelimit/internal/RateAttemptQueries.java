package app.convene.shared.ratelimit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the shared rate limits (decision 0047): table {@code rate_attempt}, advisory locks on the keys. */
@Component
public class RateAttemptQueries {

    /** One key of one bucket as it is stored, and the start of its window (attempts before it no longer count). */
    public record Key(String bucket, String hash, Instant since) {
    }

    /** The attempts of a key within its window: how many, the first and the last (null when none). */
    public record Counted(int count, Instant oldest, Instant latest) {
    }

    private final JdbcClient jdbc;

    RateAttemptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The installation's HMAC key (made by migration 0052). */
    public Optional<String> storedSecret() {
        return jdbc.sql("select secret from rate_limit_key where id = 1").query(String.class).optional();
    }

    /**
     * Takes the transaction-scoped advisory locks, in the order given (callers sort them, so two transactions never
     * wait for each other in a circle); they are held until the transaction ends.
     */
    public void lock(List<Long> locks) {
        String calls = String.join(", ", Collections.nCopies(locks.size(), "pg_advisory_xact_lock(?)"));
        jdbc.sql("select " + calls).params(locks.toArray()).query((rs, n) -> 1).list();
    }

    /**
     * Deletes the keys' attempts that left their windows and counts the rest, in one statement; one result per key,
     * in the order given.
     */
    public List<Counted> count(List<Key> keys) {
        return jdbc.sql("""
                with wanted as (
                    select w.bucket, w.key_hash, w.since::timestamptz as since, w.n
                    from unnest(?::text[], ?::text[], ?::text[]) with ordinality as w(bucket, key_hash, since, n)),
                gone as (
                    delete from rate_attempt r using wanted w
                    where r.bucket = w.bucket and r.key_hash = w.key_hash and r.at < w.since)
                select count(r.at) as attempts, min(r.at) as oldest, max(r.at) as latest
                from wanted w left join rate_attempt r
                    on r.bucket = w.bucket and r.key_hash = w.key_hash and r.at >= w.since
                group by w.n order by w.n""")
                .params(keys.stream().map(Key::bucket).toArray(String[]::new),
                        keys.stream().map(Key::hash).toArray(String[]::new),
                        keys.stream().map(k -> k.since().toString()).toArray(String[]::new))
                .query((rs, n) -> new Counted(rs.getInt("attempts"), instant(rs.getTimestamp("oldest")),
                        instant(rs.getTimestamp("latest"))))
                .list();
    }

    /** One attempt for each key, made at {@code at}, kept until its {@code expiresAt}. */
    public void insert(List<Key> keys, Instant at, List<Instant> expiresAt) {
        jdbc.sql("""
                insert into rate_attempt (bucket, key_hash, at, expires_at)
                select w.bucket, w.key_hash, ?, w.expires_at::timestamptz
                from unnest(?::text[], ?::text[], ?::text[]) as w(bucket, key_hash, expires_at)""")
                .params(Timestamp.from(at), keys.stream().map(Key::bucket).toArray(String[]::new),
                        keys.stream().map(Key::hash).toArray(String[]::new),
                        expiresAt.stream().map(Instant::toString).toArray(String[]::new))
                .update();
    }

    /** Deletes every attempt whose window has passed, whichever key (keys never checked again). */
    public int purge(Instant now) {
        return jdbc.sql("delete from rate_attempt where expires_at <= ?").params(Timestamp.from(now)).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
