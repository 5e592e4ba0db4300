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
                    updated_at = excluded.updated_at""")
                .params(roundId, personId, name, response.name(), reason, Timestamp.from(at)).update();
    }

    public int resolve(long roundId, long personId, String resolution) {
        return jdbc.sql("""
                update decision_response set resolved = true, resolution = ?
                where round_id = ? and person_id = ? and response = 'OBJECTION'""")
                .params(resolution, roundId, personId).update();
    }

    public List<RoundItem.Response> of(long roundId) {
        return jdbc.sql("""
                select person_id, person_name, response, reason, resolved, resolution from decision_response
                where round_id = ? order by person_name, person_id""")
                .param(roundId)
                .query((rs, n) -> new RoundItem.Response(rs.getLong(1), rs.getString(2),
                        DecisionResponse.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5), rs.getString(6)))
                .list();
    }
}
