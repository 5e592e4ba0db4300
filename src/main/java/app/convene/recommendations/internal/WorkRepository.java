package app.convene.recommendations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unsaved texts, one per person and recommendation (an upsert on every keystroke pause). */
@Repository
public class WorkRepository {

    public record Row(int baseRevision, String title, String body, String summary, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    WorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(long recommendationId, long personId, int baseRevision, String title, String body, String summary,
                     Instant at) {
        jdbc.sql("""
                insert into recommendation_work (recommendation_id, person_id, base_revision, title, body, summary, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (recommendation_id, person_id) do update set base_revision = excluded.base_revision,
                    title = excluded.title, body = excluded.body, summary = excluded.summary, updated_at = excluded.updated_at""")
                .params(recommendationId, personId, baseRevision, title, body, summary, Timestamp.from(at)).update();
    }

    public Optional<Row> find(long recommendationId, long personId) {
        return jdbc.sql("""
                select base_revision, title, body, summary, updated_at from recommendation_work
                where recommendation_id = ? and person_id = ?""")
                .params(recommendationId, personId)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public void discard(long recommendationId, long personId) {
        jdbc.sql("delete from recommendation_work where recommendation_id = ? and person_id = ?")
                .params(recommendationId, personId).update();
    }
}
