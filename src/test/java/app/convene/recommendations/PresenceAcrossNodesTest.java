package app.convene.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SecondNode;
import app.convene.support.SignIn;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19, decision 0047: who edits a draft is kept in the database, so an editor on node B sees the one who
 * opened the draft on node A, and no longer once that one closed it.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=presence-two-nodes")
class PresenceAcrossNodesTest {

    @Autowired
    DraftPresenceService presence;
    @Autowired
    RecommendationService service;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anEditorOnNodeBSeesWhoOpenedTheDraftOnNodeAUntilTheyCloseIt() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        long id = Authorization.runAsSystem(() -> service.addRecommendation(service.addSection(
                service.createReport(wei, "Recommendations to LWDA"), "Equity in access"),
                "Fund navigators", "Fund navigators in every region.").id());

        try (ConfigurableApplicationContext nodeB = SecondNode.start(dataSource)) {
            DraftPresenceService presenceOnB = nodeB.getBean(DraftPresenceService.class);
            SignIn.as(actor("Lucía Hernández"));
            assertThat(presence.openedBy(id)).as("on node A, nobody else yet").isEmpty();

            SignIn.as(actor("Daniel Okafor"));
            assertThat(presenceOnB.openedBy(id)).as("on node B").containsExactly("Lucía Hernández");

            SignIn.as(actor("Lucía Hernández"));
            assertThat(presence.openedBy(id)).as("node A sees node B's editor too").containsExactly("Daniel Okafor");
            presence.closedBy(id);

            SignIn.as(actor("Daniel Okafor"));
            assertThat(presenceOnB.openedBy(id)).as("closed on node A").isEmpty();
            presenceOnB.closedBy(id);
            assertThat(jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?",
                    Integer.class, id)).isZero();
        }
    }

    private Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }
}
