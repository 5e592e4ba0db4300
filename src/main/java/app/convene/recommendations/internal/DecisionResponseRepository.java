package app.convene.recommendations.internal;

import app.convene.recommendations.DecisionResponse;
import app.convene.recommendations.RoundItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses of a round, one per committee member; a member's later response replaces the earlier. */
@Repository
public class DecisionResponseRepository {

    private final JdbcClient jdbc;

    DecisionResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long roundId, long personId, String name, DecisionResponse response, String reason, Instant at) {
        jdbc.sql("""
                insert into decision_response (round_id, person_id, person_name, response, reason, resolved, resolution, updated_at)
                values (?, ?, ?, ?, ?, false, null, ?)
                on conflict (round_id, person_id) do update set person_name = excluded.person_name,
                    response = excluded.response, reason = excluded.reason, resolved = false, resolution = null,
                    resolved_by_person_id = null, resolved_by_name = null,
                    updated_at = excluded.updated_at""")
                .params(roundId, personId, name, response.name(), reason, Timestamp.from(at)).update();
    }

    /** Marks the person's objection resolved by the resolver; returns 0 if they have not objected. */
    public int resolve(long roundId, long personId, String resolution, Long resolverId, String resolverName) {
        return jdbc.sql("""
                update decision_response set resolved = true, resolution = ?, resolved_by_person_id = ?,
                    resolved_by_name = ?
                where round_id = ? and person_id = ? and response = 'OBJECTION'""")
                .params(resolution, resolverId, resolverName, roundId, personId).update();
    }

    /** The person's current response in the round, if any. */
    public java.util.Optional<RoundItem.Response> of(long roundId, long personId) {
        return of(roundId).stream().filter(r -> r.personId() == personId).findFirst();
    }

    public List<RoundItem.Response> of(long roundId) {
        return jdbc.sql("""
                select person_id, person_name, response, reason, resolved, resolution, resolved_by_name
                from decision_response
                where round_id = ? order by person_name, person_id""")
                .param(roundId)
                .query((rs, n) -> new RoundItem.Response(rs.getLong(1), rs.getString(2),
                        DecisionResponse.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        rs.getString(7)))
                .list();
    }
}
