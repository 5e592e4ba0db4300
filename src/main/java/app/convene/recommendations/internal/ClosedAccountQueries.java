package app.convene.recommendations.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closing an account: every copy of the person's name kept with recommendations (revision authors,
 * comments, decision rounds, responses and electorates, withdrawals) becomes the label, found by the
 * person's id next to it. Rows with a version count as changed, so a stale save cannot bring the name back.
 */
@Repository
public class ClosedAccountQueries {

    private static final String[] STATEMENTS = {
        "update recommendation_revision set author_name = :label where author_person_id = :person",
        """
        update recommendation_comment set
            author_name = case when author_person_id = :person then :label else author_name end,
            resolved_by_name = case when resolved_by_person_id = :person then :label else resolved_by_name end,
            deleted_by_name = case when deleted_by_person_id = :person then :label else deleted_by_name end,
            version = version + 1
        where author_person_id = :person or resolved_by_person_id = :person or deleted_by_person_id = :person""",
        "update decision_round set opened_by_name = :label, version = version + 1 where opened_by_person_id = :person",
        """
        update decision_response set
            person_name = case when person_id = :person then :label else person_name end,
            resolved_by_name = case when resolved_by_person_id = :person then :label else resolved_by_name end
        where person_id = :person or resolved_by_person_id = :person""",
        "update decision_electorate set person_name = :label where person_id = :person",
        """
        update recommendation set withdrawn_by_name = :label, version = version + 1
        where withdrawn_by_person_id = :person""",
    };

    private final JdbcClient jdbc;

    ClosedAccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many rows changed. */
    public int forget(long personId, String label) {
        int changed = 0;
        for (String statement : STATEMENTS) {
            changed += jdbc.sql(statement).param("person", personId).param("label", label).update();
        }
        return changed;
    }
}
