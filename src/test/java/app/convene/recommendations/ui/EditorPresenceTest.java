package app.convene.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DraftPresenceService;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision 0082: an open editor notes the recommendation it leaves when its page moves to another one and closes it
 * when it next reports; if the page closes before that report (its drawing failed), leaving closes both. Each
 * recommendation closed is handed on, so that page tells the draft's other editors.
 */
@ConveneTest
class EditorPresenceTest {

    @Autowired
    DraftPresenceService service;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long draft(String title) {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        return Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Presence"), "Access"), title, "Text.").id());
    }

    private int rows(long recommendation) {
        return jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?", Integer.class,
                recommendation);
    }

    @Test
    void theRecommendationLeftBehindIsClosedByTheNextReportOrByLeaving() {
        long a = draft("First");
        long b = draft("Second");
        long c = draft("Third");
        fixtures.signInAs("Daniel Okafor");
        List<Long> closed = new ArrayList<>();
        EditorPresence editor = new EditorPresence(service, closed::add);

        editor.opening(a);
        editor.report();
        assertThat(rows(a)).isOne();
        editor.opening(b);
        assertThat(rows(a)).as("nothing written while the page is drawn").isOne();
        editor.report();
        assertThat(rows(a)).as("closed by the next report").isZero();
        assertThat(rows(b)).isOne();
        assertThat(closed).containsExactly(a);

        editor.opening(c); // and the page closes before reporting
        editor.left();
        assertThat(rows(b)).as("the recommendation left behind, closed by leaving").isZero();
        assertThat(closed).containsExactly(a, b, c);
        assertThat(editor.isOpen()).isFalse();
        editor.left();
        assertThat(closed).as("leaving twice closes nothing more").hasSize(3);
    }
}
