package app.convene.recommendations;

import static app.convene.support.Requests.newRequestOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 81: the goals a recommendation comes from, which its editor shows at every visit, are kept while the
 * database is unchanged; the reader's right to see them is checked at every call.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class SourcesSharedTest extends SpringBrowserlessTest {

    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRecommendationsSourcesAreKeptUntilACommitForThoseWhoMaySeeThem() {
        Map<String, Object> source = jdbc.queryForMap("""
                select r.id as recommendation, r.initiative_id as initiative, g.id as goal from recommendation r
                  join strategic_goal g on g.initiative_id = r.initiative_id order by r.id, g.id limit 1""");
        long recommendation = ((Number) source.get("recommendation")).longValue();
        long goal = ((Number) source.get("goal")).longValue();
        Actor member = fixtures.newPerson(((Number) source.get("initiative")).longValue(), "Cam Committee",
                "COMMITTEE_MEMBER");
        jdbc.update("insert into recommendation_goal (recommendation_id, goal_id) values (?, ?) on conflict do nothing",
                recommendation, goal);

        newRequestOf(member);
        assertThat(goalIds(recommendation)).contains(goal);
        try {
            SilentChanges.update(transactions, jdbc,
                    "delete from recommendation_goal where recommendation_id = ? and goal_id = " + goal, recommendation);
            newRequestOf(member);
            assertThat(goalIds(recommendation)).as("the kept sources").contains(goal);
            newRequestOf(null);
            assertThatThrownBy(() -> sources.sources(recommendation)).as("a visitor, though the sources are kept")
                    .isInstanceOf(AccessDeniedException.class);

            jdbc.update("update recommendation set position = position where id = ?", recommendation); // a commit
            newRequestOf(member);
            assertThat(goalIds(recommendation)).doesNotContain(goal);
        } finally {
            jdbc.update("delete from recommendation_goal where recommendation_id = ? and goal_id = ?", recommendation, goal);
        }
    }

    private List<Long> goalIds(long recommendation) {
        return sources.sources(recommendation).goals().stream().map(Sources.Named::id).toList();
    }
}
