package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.TransactionsBegun;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 0082: the pages of the load harness's round besides the initiative page (decision 0078) draw themselves
 * in one read-only transaction too. A committee member's visit, transactions begun before → now: the timeline 5 → 1,
 * the directory 3 → 1 (its list pages lazily after, on the client's request), a workgroup 6 → 3 (finding the
 * workgroup and its initiative stay outside: a service's exception inside would end the drawing). The editor's
 * (8 → 2, its presence a write after the drawing): {@code RecommendationEditorTransactionsTest}.
 */
@ConveneTest
class PagesDrawnTogetherTest extends SpringBrowserlessTest {

    static final String BASE = "initiatives/worker-equity-initiative";

    @Autowired
    PlatformTransactionManager manager;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private int transactionsOpening(String route, String title) {
        try (TransactionsBegun begun = new TransactionsBegun(manager, true)) {
            navigate(route, Component.class);
            assertThat(UI.getCurrent().getInternals().getTitle()).as(route).startsWith(title);
            return begun.count();
        }
    }

    @Test
    void theRoundsPagesBeginOneTransactionForTheirDrawing() {
        long workgroup = jdbc.queryForObject("""
                select min(w.id) from workgroup w join initiative i on i.id = w.initiative_id
                where i.slug = 'worker-equity-initiative'""", Long.class);
        String workgroupName = jdbc.queryForObject("select name from workgroup where id = ?", String.class, workgroup);
        fixtures.signInAs("Daniel Okafor");
        navigate("", Component.class);
        assertThat(transactionsOpening(BASE + "/timeline", "Timeline")).as("the timeline").isOne();
        assertThat(transactionsOpening(BASE + "/directory", "Members' directory")).as("the directory").isOne();
        assertThat(transactionsOpening("workgroups/" + workgroup, workgroupName))
                .as("the workgroup, its initiative, the drawing").isEqualTo(3);
    }
}
