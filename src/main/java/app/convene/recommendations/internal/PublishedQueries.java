package app.convene.recommendations.internal;

import app.convene.recommendations.PublishedRecommendation;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public text of published recommendations: the revision their approving round decided on. */
@Repository
public class PublishedQueries {

    private final JdbcClient jdbc;

    PublishedQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The initiative's published recommendations in report, section and position order. */
    public List<PublishedRecommendation> published(long initiativeId) {
        return published(initiativeId, Integer.MAX_VALUE, 0);
    }

    /** One page of them, in the same order. */
    public Slice<PublishedRecommendation> published(long initiativeId, Pageable page) {
        List<PublishedRecommendation> rows = published(initiativeId, page.getPageSize() + 1, page.getOffset());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    private List<PublishedRecommendation> published(long initiativeId, int limit, long offset) {
        return jdbc.sql("""
                select r.id, rep.title, s.title, v.title, v.body, v.number, d.closed_at,
                    case when r.published_at > r.first_published_at then r.published_at end
                from recommendation r
                join report_section s on s.id = r.section_id
                join report rep on rep.id = s.report_id
                join lateral (select dr.revision_number, dr.closed_at from decision_round dr
                              where dr.recommendation_id = r.id and dr.state = 'CLOSED' and dr.result = 'APPROVED'
                                and dr.revision_number = r.published_revision
                              order by dr.id desc limit 1) d on true
                join recommendation_revision v on v.recommendation_id = r.id and v.number = d.revision_number
                where r.initiative_id = ? and r.published_revision is not null
                order by rep.id, s.position, r.position, r.id
                limit ? offset ?""")
                .params(initiativeId, limit, offset)
                .query((rs, n) -> new PublishedRecommendation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }
}
