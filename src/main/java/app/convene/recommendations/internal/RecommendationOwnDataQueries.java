package app.convene.recommendations.internal;

import app.convene.security.OwnDataContribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations' part of a person's own data ({@link OwnDataContribution}): comments, revisions
 * they authored and their decision responses, each naming its initiative.
 */
@Repository
@Transactional(readOnly = true)
public class RecommendationOwnDataQueries implements OwnDataContribution {

    private static final String RECOMMENDATION = """
            join recommendation r on r.id = %s join initiative i on i.id = r.initiative_id
            where x.%s = ? order by %s""";

    private final JdbcClient jdbc;

    RecommendationOwnDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<Map<String, Object>>> ownData(long personId) {
        Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
        parts.put("recommendationComments", comments(personId));
        parts.put("revisionsAuthored", revisionsAuthored(personId));
        parts.put("decisionResponses", decisionResponses(personId));
        return parts;
    }

    private List<Map<String, Object>> comments(long personId) {
        return rows("""
                select i.name as "initiative", r.title as "recommendation", x.revision_number as "revision",
                       x.paragraph_text as "paragraph", x.body as "body", x.created_at as "writtenAt",
                       x.parent_id is not null as "reply"
                from recommendation_comment x""", "x.recommendation_id", "author_person_id", "x.id", personId);
    }

    private List<Map<String, Object>> revisionsAuthored(long personId) {
        return rows("""
                select i.name as "initiative", r.title as "recommendation", x.number as "revision",
                       x.title as "title", x.body as "body", x.summary as "summary", x.created_at as "savedAt"
                from recommendation_revision x""", "x.recommendation_id", "author_person_id", "x.id", personId);
    }

    private List<Map<String, Object>> decisionResponses(long personId) {
        return rows("""
                select i.name as "initiative", r.title as "recommendation", d.revision_number as "revision",
                       x.response as "response", x.reason as "reason", x.resolved as "resolved",
                       x.resolution as "resolution", x.updated_at as "answeredAt"
                from decision_response x join decision_round d on d.id = x.round_id""", "d.recommendation_id",
                "person_id", "x.updated_at", personId);
    }

    private List<Map<String, Object>> rows(String select, String recommendationId, String personColumn,
                                           String order, long personId) {
        return jdbc.sql(select + "\n" + RECOMMENDATION.formatted(recommendationId, personColumn, order))
                .param(personId).query().listOfRows();
    }
}
