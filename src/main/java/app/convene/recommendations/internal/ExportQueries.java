package app.convene.recommendations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a report export reads besides the entities: who wrote a revision, and the last closed round. */
@Repository
public class ExportQueries {

    /** A closed decision round as stored. */
    public record ClosedRound(long id, int revisionNumber, String result, Instant closedAt, int quorumNumerator,
                              int quorumDenominator, int eligible) {
    }

    private final JdbcClient jdbc;

    ExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The authors of the revisions up to {@code number}, in the order they first wrote. */
    public List<String> authors(long recommendationId, int number) {
        return jdbc.sql("""
                select author_name from recommendation_revision where recommendation_id = ? and number <= ?
                group by author_name order by min(number)""").params(recommendationId, number).query(String.class).list();
    }

    /** The last closed round of the recommendation (only an approving one if {@code approvedOnly}). */
    public Optional<ClosedRound> lastClosedRound(long recommendationId, boolean approvedOnly) {
        return jdbc.sql("""
                select id, revision_number, result, closed_at, quorum_numerator, quorum_denominator, eligible
                from decision_round where recommendation_id = ? and state = 'CLOSED'
                  and (? = false or result = 'APPROVED')
                order by id desc limit 1""")
                .params(recommendationId, approvedOnly)
                .query((rs, n) -> new ClosedRound(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .optional();
    }
}
