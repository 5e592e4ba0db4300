package app.convene.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest job's SQL (decision 0035): who has notices waiting for a digest, claiming them (an advisory lock
 * per person for the claiming transaction, and one {@code notice_digest} row per person and period), and the
 * lines of each digest, a page of people at a time.
 */
@Repository
public class DigestQueries {

    /** The advisory lock space of digests: {@code hashtext('notice_digest')}-like constant, then the person. */
    private static final int LOCK_SPACE = 0x0D16E57;

    private final JdbcClient jdbc;

    DigestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One notice in a digest, with what the mail shows of it. */
    public record Line(long noticeId, long personId, String email, String kind, Long initiativeId,
                       String initiativeName, String text, String link, Instant createdAt) {
    }

    /**
     * The next people (by id, after {@code after}) with notices created before {@code cutoff} waiting for this
     * digest and no digest of this period yet.
     */
    public List<Long> waitingPeople(String frequency, LocalDate period, Instant cutoff, long after, int limit) {
        return jdbc.sql("""
                select distinct n.person_id from notice n
                where n.digest = :frequency and n.digest_id is null and n.created_at < :cutoff and n.person_id > :after
                  and not exists (select 1 from notice_digest d
                                  where d.person_id = n.person_id and d.frequency = :frequency and d.period = :period)
                order by n.person_id limit :limit""")
                .param("frequency", frequency).param("cutoff", Timestamp.from(cutoff)).param("after", after)
                .param("period", period).param("limit", limit).query(Long.class).list();
    }

    /**
     * Those of the people no other transaction is making a digest for right now, locked for this transaction
     * (released at its end); the others are left to the transaction that holds them.
     */
    public List<Long> claim(Collection<Long> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p from unnest(:people) p where pg_try_advisory_xact_lock(:space, (p % 2147483647)::int)
                order by p""")
                .param("people", people.toArray(Long[]::new)).param("space", LOCK_SPACE).query(Long.class).list();
    }

    /**
     * Notices that no longer wait: read in the app already, or for a person without a mail address or with a
     * closed account.
     */
    public int stopWaiting(String frequency, Collection<Long> people) {
        return jdbc.sql("""
                update notice n set digest = null from person p
                where p.id = n.person_id and n.digest = :frequency and n.digest_id is null and n.person_id in (:people)
                  and (n.read_at is not null or p.email is null or p.email = '' or p.closed_at is not null)""")
                .param("frequency", frequency).param("people", people).update();
    }

    /** The waiting notices of these people created before the cutoff, by person, initiative name, kind and age. */
    public List<Line> lines(String frequency, Instant cutoff, Collection<Long> people) {
        return jdbc.sql("""
                select n.id, n.person_id, p.email, n.kind, n.initiative_id, i.name, n.text, n.link, n.created_at
                from notice n join person p on p.id = n.person_id left join initiative i on i.id = n.initiative_id
                where n.digest = :frequency and n.digest_id is null and n.created_at < :cutoff
                  and n.person_id in (:people)
                order by n.person_id, i.name nulls last, n.initiative_id, n.kind, n.created_at, n.id""")
                .param("frequency", frequency).param("cutoff", Timestamp.from(cutoff)).param("people", people)
                .query((rs, i) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    /**
     * Records this period's digest for each person (with how many notices), unless one exists already; returns
     * the new digests' ids by person (a person missing from it had theirs already).
     */
    public Map<Long, Long> record(String frequency, LocalDate period, Map<Long, Integer> noticesByPerson, Instant at) {
        Map<Long, Long> digests = new HashMap<>();
        if (noticesByPerson.isEmpty()) {
            return digests;
        }
        Long[] people = noticesByPerson.keySet().toArray(Long[]::new);
        Integer[] counts = new Integer[people.length];
        for (int i = 0; i < people.length; i++) {
            counts[i] = noticesByPerson.get(people[i]);
        }
        jdbc.sql("""
                insert into notice_digest (person_id, frequency, period, notices, sent_at)
                select p, :frequency, :period, c, :at from unnest(:people, :counts) as x(p, c)
                on conflict (person_id, frequency, period) do nothing
                returning person_id, id""")
                .param("frequency", frequency).param("period", period).param("at", Timestamp.from(at))
                .param("people", people).param("counts", counts)
                .query(rs -> {
                    digests.put(rs.getLong(1), rs.getLong(2));
                });
        return digests;
    }

    /** The notices went out in these digests (notice id to digest id). */
    public void markSent(Map<Long, Long> digestByNotice) {
        if (digestByNotice.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notice n set digest_id = x.d from unnest(:notices, :digests) as x(n, d) where n.id = x.n""")
                .param("notices", digestByNotice.keySet().toArray(Long[]::new))
                .param("digests", digestByNotice.values().toArray(Long[]::new)).update();
    }
}
