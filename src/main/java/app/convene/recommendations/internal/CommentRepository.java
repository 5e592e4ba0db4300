package app.convene.recommendations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
                      boolean resolved, String resolvedBy, Instant editedAt, Instant deletedAt, String deletedByName,
                      String deletedReason) {
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

    public void resolve(long id, Long byPersonId, String by, Instant at) {
        jdbc.sql("""
                update recommendation_comment set resolved = true, resolved_by_person_id = ?, resolved_by_name = ?,
                    resolved_at = ?, version = version + 1 where id = ?""")
                .params(byPersonId, by, Timestamp.from(at), id).update();
    }

    /** The author's new text; the row is marked edited (the audit log keeps the text before). */
    public void edit(long id, String body, Instant at) {
        jdbc.sql("update recommendation_comment set body = ?, edited_at = ?, version = version + 1 where id = ?")
                .params(body, Timestamp.from(at), id).update();
    }

    /** Soft delete: the row stays so replies keep their thread; the body is no longer shown. */
    public void delete(long id, Long byPersonId, String byName, String reason, Instant at) {
        jdbc.sql("""
                update recommendation_comment set deleted_at = ?, deleted_by_person_id = ?, deleted_by_name = ?,
                    deleted_reason = ?, version = version + 1 where id = ?""")
                .params(Timestamp.from(at), byPersonId, byName, reason, id).update();
    }

    private static final String SELECT = """
            select id, recommendation_id, parent_id, revision_number, paragraph_index, paragraph_text, author_person_id,
                author_name, body, created_at, resolved, resolved_by_name, edited_at, deleted_at, deleted_by_name,
                deleted_reason from recommendation_comment""";

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                (Long) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                rs.getBoolean(11), rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                rs.getString(15), rs.getString(16));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
