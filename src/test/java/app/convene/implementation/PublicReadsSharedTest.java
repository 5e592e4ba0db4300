package app.convene.implementation;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DecisionService;
import app.convene.recommendations.PublishedRecommendation;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 81: what the initiative page reads of the published recommendations and where each stands is the same
 * for every reader and kept while the database is unchanged; the next request after a commit reads it again.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class PublicReadsSharedTest extends SpringBrowserlessTest {

    static final String WEI = "worker-equity-initiative";

    @Autowired
    ImplementationService implementation;
    @Autowired
    DecisionService decisions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    long wei;
    long recommendation;

    @Test
    void publishedRecommendationsAndTheirStandingsAreKeptUntilACommit() {
        wei = fixtures.initiativeId(WEI);
        recommendation = fixtures.recommendationId("Center the needs, voices and career aspirations of workers");
        newRequest();
        String title = title(decisions.published(wei, PageRequest.of(0, 50)).getContent());
        assertThat(title).doesNotStartWith("RENAMED");
        assertThat(title(decisions.published(wei))).isEqualTo(title);
        assertThat(implementation.standings(wei).get(recommendation).status()).isEqualTo(ImplementationStatus.IN_PROGRESS);

        try {
            // Changes that leave the data version as it was (no trigger runs in this session): the kept answers stand.
            silently("update recommendation_implementation set status = 'IMPLEMENTED' where recommendation_id = ?");
            silently("update recommendation_revision set title = 'RENAMED ' || title where recommendation_id = ?");
            newRequest();
            assertThat(title(decisions.published(wei, PageRequest.of(0, 50)).getContent())).isEqualTo(title);
            assertThat(title(decisions.published(wei))).isEqualTo(title);
            assertThat(implementation.standings(wei).get(recommendation).status())
                    .as("the kept standing").isEqualTo(ImplementationStatus.IN_PROGRESS);

            jdbc.update("update initiative set region = region where id = ?", wei); // any commit of content
            newRequest();
            assertThat(title(decisions.published(wei, PageRequest.of(0, 50)).getContent())).isEqualTo("RENAMED " + title);
            assertThat(title(decisions.published(wei))).isEqualTo("RENAMED " + title);
            assertThat(implementation.standings(wei).get(recommendation).status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        } finally {
            jdbc.update("update recommendation_implementation set status = 'IN_PROGRESS' where recommendation_id = ?",
                    recommendation);
            jdbc.update("update recommendation_revision set title = substring(title from 9) where recommendation_id = ?"
                    + " and title like 'RENAMED %'", recommendation);
        }
    }

    private String title(List<PublishedRecommendation> published) {
        return published.stream().filter(r -> r.id() == recommendation).findFirst().orElseThrow().title();
    }

    private void silently(String update) {
        SilentChanges.update(transactions, jdbc, update, recommendation);
    }
}
