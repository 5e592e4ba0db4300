package app.convene.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.convene.recommendations.CommentService;
import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationService;
import app.convene.recommendations.RevisionEntry;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.EveryStatementSeen;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SqlSeen;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 19, decision 0050: opening the recommendation editor builds its history, comments, decision part and source
 * pickers only when the person opens them, and asks the database nothing for them before; opening each shows it.
 */
@ConveneTest
@Import(EveryStatementSeen.class) // Hibernate's statements and JdbcClient's (the comments are read through it)
class RecommendationEditorOnDemandTest extends SpringBrowserlessTest {

    /** The statements each part alone sends (the editor itself reads the recommendation and its latest revision). */
    static final String HISTORY_LINES = "from recommendation_revision \\w+ where .* order by \\w+\\.number desc";
    static final String COMMENTS = "from recommendation_comment";
    static final String ROUNDS = "from decision_round";
    static final String WORKGROUPS = "from workgroup\\b";

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    CommentService comments;
    @Autowired
    DecisionService decisions;

    long id;

    @BeforeEach
    void recommendationWithHistoryCommentsAndARound() {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Parts on demand"), "Access"),
                "Fund navigators", "Fund navigators in every region.").id());
        fixtures.signInAs("Daniel Okafor");
        recommendations.save(id, 1, "Fund navigators", "Fund navigators in every county.", "Counties");
        comments.comment(id, 2, 0, "Which counties first?");
        Authorization.runAsSystem(() -> decisions.open(id, Instant.now().plusSeconds(3600), 2, 3, true));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void thePartsAskNothingUntilOpenedAndShowTheirContentWhenOpened() {
        fixtures.signInAs("Maya Thompson"); // the coordinator: drafts, runs decisions, moderates comments
        navigate("initiatives/worker-equity-initiative/recommendations", ReportsView.class);
        SqlSeen.forget();
        RecommendationEditorView page = navigate("initiatives/worker-equity-initiative/recommendations/" + id,
                RecommendationEditorView.class);

        assertThat(SqlSeen.total()).as("the probe sees the editor's own statements").isPositive();
        assertThat(SqlSeen.count("from recommendation_revision")).as("the editor reads the latest revision").isPositive();
        assertThat(SqlSeen.count(HISTORY_LINES)).as("history").isZero();
        assertThat(SqlSeen.count(COMMENTS)).as("comments").isZero();
        assertThat(SqlSeen.count(ROUNDS)).as("decision rounds").isZero();
        assertThat(SqlSeen.count(WORKGROUPS)).as("the source pickers' workgroups").isZero();
        assertThat(page.editor.body.getValue()).as("the editor itself is there").isEqualTo("Fund navigators in every county.");
        Stream.of(page.history, page.comments, page.decisions, page.sources.form).forEach(part -> {
            assertThat(part.built()).as(part.getId().orElseThrow()).isEmpty();
            assertThat(part.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        });
        assertThat($(MultiSelectComboBox.class).all()).as("no source picker yet").isEmpty();
        assertThat($(VirtualList.class).all()).as("no history list yet").isEmpty();

        SqlSeen.forget();
        test(page.history.toggle).click();
        assertThat(page.history.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.history.toggle.getElement().getAttribute("aria-controls")).isEqualTo("recommendation-history-content");
        assertThat(lines()).extracting(RevisionEntry::number, RevisionEntry::summary)
                .containsExactly(tuple(2, "Counties"), tuple(1, "First draft"));
        assertThat(lines().getFirst().authorName()).isEqualTo("Daniel Okafor");
        assertThat(SqlSeen.count(HISTORY_LINES)).as("the list's lines are read a slice at a time").isPositive();
        assertThat(page.historyPanel().newer.getValue()).isEqualTo(2);
        test(page.historyPanel().compare).click();
        assertThat(page.historyPanel().comparison.getElement().getOuterHTML()).contains("<del>region.</del>",
                "<ins>county.</ins>");
        assertThat(SqlSeen.count(COMMENTS) + SqlSeen.count(ROUNDS)).as("the other parts stay unasked").isZero();

        SqlSeen.forget();
        test(page.comments.toggle).click();
        assertThat(SqlSeen.count(COMMENTS)).as("the comments are read on opening").isPositive();
        assertThat(page.commentsPanel().getElement().getOuterHTML()).contains("On ¶1, revision 2:", "Which counties first?");
        assertThat(SqlSeen.count(ROUNDS)).isZero();

        SqlSeen.forget();
        test(page.decisions.toggle).click();
        assertThat(SqlSeen.count(ROUNDS)).as("the rounds are read on opening").isPositive();
        assertThat(page.decisionPanel().getElement().getOuterHTML()).contains("Round on revision 2: Open");
        assertThat(page.decisionPanel().closeNow.isAttached()).as("the coordinator may close it").isTrue();

        SqlSeen.forget();
        test(page.sources.form.toggle).click();
        assertThat(SqlSeen.count(WORKGROUPS)).as("the initiative's workgroups are read on opening").isPositive();
        assertThat($(MultiSelectComboBox.class).all()).hasSize(2);
        assertThat(page.sourcePickers().workgroups.getListDataView().getItemCount()).isPositive();

        // Closing hides a part (it stays built) and asks nothing; opening it again shows it as saved now.
        test(page.comments.toggle).click();
        assertThat(page.comments.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.comments.isOpen()).isFalse();
        comments.comment(id, 2, 0, "And the rural ones?");
        test(page.comments.toggle).click();
        assertThat(page.commentsPanel().getElement().getOuterHTML()).contains("And the rural ones?");
    }

    /** The history list's lines, through its data provider as the list asks for them. */
    @SuppressWarnings("unchecked")
    private List<RevisionEntry> lines() {
        VirtualList<RevisionEntry> list = $(VirtualList.class).single();
        assertThat(list.getDataProvider().size(new Query<>())).isEqualTo(list.getDataProvider()
                .fetch(new Query<>(0, 50, null, null, null)).count());
        return ((DataProvider<RevisionEntry, Object>) list.getDataProvider()).fetch(new Query<>(0, 50, null, null, null))
                .toList();
    }

    @Test
    void aSaveDrawsOnlyTheOpenPartsAgain() {
        fixtures.signInAs("Daniel Okafor");
        RecommendationEditorView page = navigate("initiatives/worker-equity-initiative/recommendations/" + id,
                RecommendationEditorView.class);
        test(page.history.toggle).click();
        test(page.editor.body).setValue("Fund navigators in every county and tribal nation.");
        test(page.editor.summary).setValue("Tribal nations");
        SqlSeen.forget();
        test(page.editor.save).click();
        assertThat(lines()).as("the open history").hasSize(3);
        assertThat(page.historyPanel().newer.getValue()).isEqualTo(3);
        assertThat(SqlSeen.count(COMMENTS)).as("comments stay closed and unasked").isZero();
        assertThat(page.comments.built()).isEmpty();
    }
}
