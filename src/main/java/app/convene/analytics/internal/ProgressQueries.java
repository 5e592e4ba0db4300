package app.convene.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How the work moves, in aggregate SQL over other modules' tables (decision 0043): milestones by status per phase
 * and per workgroup, recommendations by status with the days spent in drafting, review and awaiting publication,
 * and convenings per quarter with their RSVPs, attendance and accommodation requests.
 */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A group's label (empty: none), a status, and how many. */
    public record StatusCount(String label, String status, long count) {
    }

    /**
     * Milestones by status per phase (in phase order; for every initiative, per initiative by name) or per owning
     * workgroup.
     */
    public List<StatusCount> milestones(Long initiativeId, boolean byWorkgroup) {
        String group = byWorkgroup ? "coalesce(w.name, '')"
                : initiativeId == null ? "i.name" : "coalesce(p.name, '')";
        String order = byWorkgroup || initiativeId == null ? "1" : "min(coalesce(p.position, 1000000)), 1";
        return jdbc.sql("select " + group + " as label, m.status, count(*) as n from milestone m"
                        + " join initiative i on i.id = m.initiative_id left join phase p on p.id = m.phase_id"
                        + " left join workgroup w on w.id = m.owner_workgroup_id where " + Scope.of("m", initiativeId)
                        + " group by 1, 2 order by " + order + ", 2")
                .param("initiative", initiativeId)
                .query((rs, i) -> new StatusCount(rs.getString("label"), rs.getString("status"), rs.getLong("n"))).list();
    }

    /** Recommendations in one status: how many, and their average days in each step they went through (null: none). */
    public record Pipeline(String status, long count, Double draftDays, Double reviewDays, Double awaitingDays) {
    }

    /**
     * The recommendation pipeline. Drafting: from the first revision to the first decision round (or now); review:
     * the rounds' open time (void rounds left out); awaiting publication: from the approving round's close to the
     * first publication (or now). Statuses are not historised, so these are derived from revisions and rounds.
     */
    public List<Pipeline> recommendations(Long initiativeId, Instant now) {
        return jdbc.sql("""
                with rec as (
                    select rc.status, rc.first_published_at,
                           (select min(v.created_at) from recommendation_revision v where v.recommendation_id = rc.id) as drafted,
                           (select min(d.opened_at) from decision_round d where d.recommendation_id = rc.id
                                and d.state <> 'VOID') as reviewed,
                           (select sum(extract(epoch from coalesce(d.closed_at, :now) - d.opened_at)) from decision_round d
                                where d.recommendation_id = rc.id and d.state <> 'VOID') as review_seconds,
                           (select max(d.closed_at) from decision_round d where d.recommendation_id = rc.id
                                and d.result = 'APPROVED') as approved_at
                    from recommendation rc where %s
                )
                select status, count(*) as n,
                       avg(extract(epoch from coalesce(reviewed, :now) - drafted)) / 86400 as draft_days,
                       avg(review_seconds) / 86400 as review_days,
                       avg(extract(epoch from coalesce(first_published_at, :now) - approved_at)) / 86400 as awaiting_days
                from rec group by status
                """.formatted(Scope.of("rc", initiativeId)))
                .param("initiative", initiativeId).param("now", java.sql.Timestamp.from(now))
                .query((rs, i) -> new Pipeline(rs.getString("status"), rs.getLong("n"), decimal(rs.getObject("draft_days")),
                        decimal(rs.getObject("review_days")), decimal(rs.getObject("awaiting_days"))))
                .list();
    }

    /** A quarter's convenings (not cancelled): how many, confirmed RSVPs, people checked in, accommodation requests. */
    public record ConveningQuarter(LocalDate start, long convenings, long rsvps, long attended, long accommodations) {
    }

    public List<ConveningQuarter> convenings(Long initiativeId) {
        return jdbc.sql("""
                select cast(date_trunc('quarter', c.starts_at) as date) as q, count(*) as convenings,
                       coalesce(sum(r.n), 0) as rsvps, coalesce(sum(a.attended), 0) as attended, coalesce(sum(x.n), 0) as needs
                from convening c
                left join (select convening_id, count(*) as n from rsvp where status = 'CONFIRMED' group by 1) r
                    on r.convening_id = c.id
                left join convening_turnout a on a.convening_id = c.id
                left join (select convening_id, sum(count) as n from accommodation_count group by 1) x
                    on x.convening_id = c.id
                where c.status <> 'CANCELLED' and %s
                group by 1 order by 1
                """.formatted(Scope.of("c", initiativeId)))
                .param("initiative", initiativeId)
                .query((rs, i) -> new ConveningQuarter(rs.getObject("q", LocalDate.class), rs.getLong("convenings"),
                        rs.getLong("rsvps"), rs.getLong("attended"), rs.getLong("needs")))
                .list();
    }

    /** Accommodation requests by need over the scope's convenings (not cancelled), most first. */
    public List<StatusCount> accommodations(Long initiativeId) {
        return jdbc.sql("select '' as label, x.need as status, sum(x.count) as n from accommodation_count x"
                        + " join convening c on c.id = x.convening_id where c.status <> 'CANCELLED' and "
                        + Scope.of("c", initiativeId) + " group by x.need order by 3 desc, 2")
                .param("initiative", initiativeId)
                .query((rs, i) -> new StatusCount("", rs.getString("status"), rs.getLong("n"))).list();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
