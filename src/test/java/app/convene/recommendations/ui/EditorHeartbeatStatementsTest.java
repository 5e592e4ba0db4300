package app.convene.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DraftPresenceService;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ui.PushChannels;
import app.convene.support.ConveneTest;
import app.convene.support.EveryStatementSeen;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SqlSeen;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 19, decision 0072: when a draft's push channel publishes, the open editors of its drafters refresh; what they
 * read alike is read once for the publication and each editor's heartbeat is read-only, so its person's roles and the
 * initiative's state come from the shared reads. A publication to the editors of many people costs the database a
 * few statements, not a few per editor. (Each editor's refresh is {@code DraftEditor.heartbeat}'s two calls.)
 */
@ConveneTest
@Import(EveryStatementSeen.class) // Hibernate's statements and JdbcClient's (presence and roles are read through it)
class EditorHeartbeatStatementsTest extends SpringBrowserlessTest {

    static final String CHANNEL = "test:heartbeat-statements";
    static final int EDITORS = 8;

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    DraftPresenceService presence;
    @Autowired
    PushChannels channels;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPublicationToTheEditorsOfManyPeopleReadsOnceForAll() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        long id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Heartbeats"), "Access"),
                "Fund navigators", "Fund navigators in every region.").id());
        List<Actor> drafters = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Actor drafter = fixtures.newPerson(wei, "Drafter " + i, "COMMITTEE_MEMBER");
            SignIn.as(drafter);
            presence.openedBy(id, editorOf(drafter));
            drafters.add(drafter);
        }
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<Registration> editors = drafters.stream().map(drafter -> channels.onPublish(CHANNEL, () -> {
            SignIn.as(drafter);
            DraftPresenceService.Pulse pulse = presence.pulse(id, editorOf(drafter));
            if (pulse.reportDue()) {
                presence.openedBy(id, editorOf(drafter));
            }
            seen.add(pulse.others().size());
        })).toList();
        try {
            // as an editor's opening publishes: from a dispatch thread, in no request (this test's UI has one)
            channels.publishAfterCommit(CHANNEL); // the first: each person's roles are read once and kept
            channels.settle();
            SqlSeen.forget();
            channels.publishAfterCommit(CHANNEL);
            channels.settle();
        } finally {
            editors.forEach(Registration::remove);
        }

        assertThat(seen).as("every editor refreshed, seeing the others").hasSize(2 * EDITORS)
                .containsOnly(EDITORS - 1);
        assertThat(SqlSeen.count("from draft_presence")).as("who is there: once for the publication").isOne();
        assertThat(SqlSeen.count("initiative_role")).as("the drafters' roles: kept since the first").isZero();
        // the draft's latest save, who is there, the initiative's state and the data version, once for all editors
        // (and the other nodes' signal, not counted)
        assertThat(SqlSeen.total() - SqlSeen.count("notify")).as("statements for %d editors: %s", EDITORS,
                SqlSeen.all()).isLessThanOrEqualTo(4);
    }

    /** The drafter's open editor (a browser tab). */
    private static UUID editorOf(Actor drafter) {
        return new UUID(0, drafter.personId());
    }
}
