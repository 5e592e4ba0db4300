package app.convene.recommendations.ui;

import static app.convene.support.StateNodes.count;
import static app.convene.support.StateNodes.label;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.RoleService;
import app.convene.shared.ui.Markup;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an open recommendation editor keeps per UI (issue 19, decision 50's "State nodes"): Vaadin's state nodes,
 * ~450–500 bytes of live heap each (decision 51). The demo draft of the load harness, for a drafter and for a reader
 * who cannot draft. A read-only part made of components again, or a hidden or closed part built before it is shown,
 * fails here.
 */
@ConveneTest
class RecommendationEditorNodesTest extends SpringBrowserlessTest {

    /**
     * The bounds: the demo draft needs 70 (drafter) and 55 (reader) now, layout (40) included; was 91, then 79, for a
     * drafter and 61 for a reader.
     */
    static final int MAX_DRAFTER = 74;
    static final int MAX_READER = 58;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoleService roles;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private RecommendationEditorView open(String who) {
        long id = jdbc.queryForObject("""
                select r.id from recommendation r join initiative i on i.id = r.initiative_id
                where i.slug = 'worker-equity-initiative' and r.title = ?""", Long.class,
                "Culturally and linguistically responsive services");
        fixtures.signInAs(who);
        RecommendationEditorView view = navigate("initiatives/worker-equity-initiative/recommendations/" + id,
                RecommendationEditorView.class);
        System.out.println("NODES editor as " + who + " ui=" + count(UI.getCurrent()) + " view=" + count(view));
        print(view, 1);
        return view;
    }

    @Test
    void aDraftersEditorKeepsFewStateNodes() {
        RecommendationEditorView page = open("Daniel Okafor");
        assertThat(count(UI.getCurrent())).isLessThanOrEqualTo(MAX_DRAFTER);
        assertThat(page.editor.body.isAttached()).as("the draft editor is there").isTrue();
        Stream.of(page.history, page.comments, page.decisions, page.sources.form).forEach(part ->
                assertThat(count(part)).as("a closed part: a section, a heading and its button").isLessThanOrEqualTo(3));
        assertThat(page.editor.late.conflict().isAttached()).as("no conflict yet").isFalse();
        assertThat(page.editor.late.stale().isAttached()).as("nobody saved meanwhile").isFalse();
        assertThat(page.editor.late.restored().isAttached()).as("nothing to restore").isFalse();
        assertThat(page.extensionParts).as("nothing from other modules on a draft").isNull();
        assertThat($(Markup.StaticHtml.class).all()).as("the breadcrumb is markup").anyMatch(m -> m.getElement().getTag().equals("nav")
                && m.html().contains("href=\"initiatives/worker-equity-initiative/recommendations\""));
    }

    @Test
    void aReadersPageKeepsFewerStateNodes() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            long wei = fixtures.initiativeId("worker-equity-initiative");
            Authorization.runAsSystem(() -> roles.appoint(wei, fixtures.personId("Jordan Ellis"),
                    InitiativeRole.STAKEHOLDER));
            RecommendationEditorView page = open("Jordan Ellis");
            assertThat($(TextArea.class).all()).as("no draft editor on a reader's page").isEmpty();
            assertThat(page.editor).as("nor one built off the page").isNull();
            assertThat(page.sources.form).as("nor the source pickers' part").isNull();
            assertThat(count(UI.getCurrent())).isLessThanOrEqualTo(MAX_READER);
            status.setRollbackOnly();
        });
    }

    private static void print(Component c, int depth) {
        c.getChildren().forEach(child -> {
            System.out.println("NODES " + "  ".repeat(depth) + label(child) + " " + count(child));
            if (depth < 3) {
                print(child, depth + 1);
            }
        });
    }
}
