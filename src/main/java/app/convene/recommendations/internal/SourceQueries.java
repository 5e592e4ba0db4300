package app.convene.recommendations.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals and workgroups a recommendation names as its sources. */
@Repository
public class SourceQueries {

    private final JdbcClient jdbc;

    SourceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Long> goalIds(long recommendationId) {
        return new HashSet<>(jdbc.sql("select goal_id from recommendation_goal where recommendation_id = ?")
                .param(recommendationId).query(Long.class).list());
    }

    public Set<Long> workgroupIds(long recommendationId) {
        return new HashSet<>(jdbc.sql("select workgroup_id from recommendation_workgroup where recommendation_id = ?")
                .param(recommendationId).query(Long.class).list());
    }

    /** Replaces the recommendation's sources with these. */
    public void replace(long recommendationId, Set<Long> goalIds, Set<Long> workgroupIds) {
        jdbc.sql("delete from recommendation_goal where recommendation_id = ?").param(recommendationId).update();
        jdbc.sql("delete from recommendation_workgroup where recommendation_id = ?").param(recommendationId).update();
        for (long goal : goalIds) {
            jdbc.sql("insert into recommendation_goal (recommendation_id, goal_id) values (?, ?)")
                    .params(recommendationId, goal).update();
        }
        for (long group : workgroupIds) {
            jdbc.sql("insert into recommendation_workgroup (recommendation_id, workgroup_id) values (?, ?)")
                    .params(recommendationId, group).update();
        }
    }
}
