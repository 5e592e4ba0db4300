package app.convene.recommendations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on recommendations: top-level comments anchor to a paragraph; replies name their parent. */
@Repository
public class CommentRepository {

    public record Row(long id, long recommendationId, Long parentId, int revisionNumber, int paragraphIndex,
                      String paragraphText, Long authorPersonId, String authorName, String body, Instant createdAt,
                      boolean resolved, String resolvedBy) {
    }

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long recommendationId, Long parentId, int revisionNumber, int paragraphIndex, String paragraphText,
                    Long authorPersonId, String authorName, String body, Instant at) {
        return jdbc.sql("""
                insert into recommendation_comment (recommendation_id, parent_id, revision_number, paragraph_index,
                    paragraph_text, author_person_id, author_name, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(recommendationId, parentId, revisionNumber, paragraphIndex, paragraphText, authorPersonId,
                        authorName, body, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CommentRepository::row).optional();
    }

    public List<Row> of(long recommendationId) {
        return jdbc.sql(SELECT + " where recommendation_id = ? order by id").param(recommendationId)
                .query(CommentRepository::row).list();
    }

    public void resolve(long id, String by, Instant at) {
        jdbc.sql("update recommendation_comment set resolved = true, resolved_by_name = ?, resolved_at = ?, version = version + 1 where id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    private static final String SELECT = """
            select id, recommendation_id, parent_id, revision_number, paragraph_index, paragraph_text, author_person_id,
                author_name, body, created_at, resolved, resolved_by_name from recommendation_comment""";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                (Long) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getBoolean(11), rs.getString(12));
    }
}
