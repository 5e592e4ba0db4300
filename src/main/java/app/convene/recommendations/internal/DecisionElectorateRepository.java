package app.convene.recommendations.internal;

import app.convene.recommendations.RoundItem;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who may respond to a round: the initiative's steering committee when the round opened. While the
 * round is open, a member counts only while still on the committee; closing the round records it.
 */
@Repository
public class DecisionElectorateRepository {

    private static final String STILL_ON_COMMITTEE = """
            exists (select 1 from initiative_role ir where ir.initiative_id = ? and ir.person_id = e.person_id
                    and ir.role = 'COMMITTEE_MEMBER')""";

    private final JdbcClient jdbc;

    DecisionElectorateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fixes the round's electorate as the initiative's committee now; returns its size. */
    public int fix(long roundId, long initiativeId) {
        return jdbc.sql("""
                insert into decision_electorate (round_id, person_id, person_name)
                select ?, ir.person_id, p.display_name from initiative_role ir join person p on p.id = ir.person_id
                where ir.initiative_id = ? and ir.role = 'COMMITTEE_MEMBER'""")
                .params(roundId, initiativeId).update();
    }

    /** Records, as the round closes, which of its electorate were still on the committee. */
    public void closeCount(long roundId, long initiativeId) {
        jdbc.sql("update decision_electorate e set counted = " + STILL_ON_COMMITTEE + " where e.round_id = ?")
                .params(initiativeId, roundId).update();
    }

    /** The electorate by name; {@code counted} is live while the round is open, as recorded once closed. */
    public List<RoundItem.Voter> of(long roundId, long initiativeId, boolean open) {
        String sql = "select e.person_id, e.person_name, " + (open ? STILL_ON_COMMITTEE : "e.counted")
                + " from decision_electorate e where e.round_id = ? order by e.person_name, e.person_id";
        JdbcClient.StatementSpec statement = open ? jdbc.sql(sql).params(initiativeId, roundId)
                : jdbc.sql(sql).param(roundId);
        return statement.query((rs, n) -> new RoundItem.Voter(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }
}
