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
import java.util.UUID;

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

    /** The open editors (browser tabs) on each node. */
    static final UUID EDITOR_A = UUID.randomUUID();
    static final UUID EDITOR_B = UUID.randomUUID();

    @Test
    void anEditorOnNodeBSeesWhoOpenedTheDraftOnNodeAUntilTheyCloseIt() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        long id = Authorization.runAsSystem(() -> service.addRecommendation(service.addSection(
                service.createReport(wei, "Recommendations to LWDA"), "Equity in access"),
                "Fund navigators", "Fund navigators in every region.").id());

        try (ConfigurableApplicationContext nodeB = SecondNode.start(dataSource)) {
            DraftPresenceService presenceOnB = nodeB.getBean(DraftPresenceService.class);
            SignIn.as(actor("Lucía Hernández"));
            assertThat(presence.openedBy(id, EDITOR_A)).as("on node A, nobody else yet").isEmpty();

            SignIn.as(actor("Daniel Okafor"));
            assertThat(presenceOnB.openedBy(id, EDITOR_B)).as("on node B").containsExactly("Lucía Hernández");

            SignIn.as(actor("Lucía Hernández"));
            assertThat(presence.openedBy(id, EDITOR_A)).as("node A sees node B's editor too").containsExactly("Daniel Okafor");
            presence.closedBy(id, EDITOR_A);

            SignIn.as(actor("Daniel Okafor"));
            assertThat(presenceOnB.openedBy(id, EDITOR_B)).as("closed on node A").isEmpty();
            presenceOnB.closedBy(id, EDITOR_B);
            assertThat(jdbc.queryForObject("select count(*) from draft_presence where recommendation_id = ?",
                    Integer.class, id)).isZero();
        }
    }

    private Actor actor(String name) {
        return new Actor(fixtures.personId(name), name, false);
    }
}
