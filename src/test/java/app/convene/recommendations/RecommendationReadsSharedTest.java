package app.convene.recommendations;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 77: everyone who opens a draft on the same data version shares one read of it and of its initiative
 * (each of the editor's services loaded the whole recommendation for its check); the check itself stays per person,
 * and a committed write makes the next request read again.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=recommendations")
class RecommendationReadsSharedTest extends SpringBrowserlessTest {

    @Autowired
    RecommendationService recommendations;
    @Autowired
    RecommendationSourcesService sources;
    @Autowired
    KeptWorkService work;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long draft;

    @BeforeEach
    void draft() {
        draft = jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative'
                  and r.title = 'Culturally and linguistically responsive services'""", Long.class);
        newRequest();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }


    @Test
    void twoMembersOpeningADraftShareOneReadUntilAWriteCommits() {
        fixtures.signInAs("Daniel Okafor");
        RecommendationDetails daniels = recommendations.recommendation(draft);
        fixtures.signInAs("Lucía Hernández");
        newRequest();
        RecommendationDetails lucias = recommendations.recommendation(draft);
        assertThat(lucias).as("the same read").isSameAs(daniels);

        jdbc.update("update recommendation set position = position where id = ?", draft);
        newRequest();
        RecommendationDetails after = recommendations.recommendation(draft);
        assertThat(after).as("read again after a commit").isNotSameAs(daniels).isEqualTo(daniels);
    }

    @Test
    void theCheckStaysWithEachPersonAfterAMemberHasReadIt() {
        fixtures.signInAs("Daniel Okafor");
        assertThat(recommendations.recommendation(draft).initiativeId())
                .isEqualTo(fixtures.initiativeId("worker-equity-initiative"));
        sources.sources(draft);
        work.myWork(draft);
        recommendations.history(draft, PageRequest.of(0, 5));

        fixtures.signInAs("Jordan Ellis"); // a stakeholder of another initiative
        newRequest();
        assertThatThrownBy(() -> recommendations.recommendation(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.sources(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.myWork(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.history(draft, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecommendationThatIsNotStoredIsNotFound() {
        fixtures.signInAs("Daniel Okafor");
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from recommendation", Long.class);
        assertThatThrownBy(() -> recommendations.recommendation(missing)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> sources.sources(missing)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> work.myWork(missing)).isInstanceOf(NoSuchElementException.class);
    }
}
