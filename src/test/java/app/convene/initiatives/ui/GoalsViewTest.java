package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The goals editor as a coordinator uses it, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=goals-view")
class GoalsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void signIn() {
        SignIn.as(new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGoalWithOrderedStrategiesIsAddedMovedRetiredAndRestored() {
        GoalsView page = navigate("initiatives/worker-equity-initiative/goals", GoalsView.class);
        assertThat(page.list.getChildren()).hasSize(4);
        // A title another goal has: refused by the field, the typed text kept.
        test(page.code).setValue("Goal 5");
        test(page.title).setValue("learn from each other");
        click("strategy-add");
        test(field("strategy-text-1")).setValue("Second strategy");
        click("strategy-add");
        test(field("strategy-text-2")).setValue("First strategy");
        test(field("strategy-translation-2")).setValue("Primera estrategia");
        click("goal-save");
        assertThat(page.title.getErrorMessage()).isEqualTo("Another goal of this initiative has this title.");
        assertThat(field("strategy-text-2").getValue()).isEqualTo("First strategy");

        test(page.title).setValue("Good jobs for all");
        test(page.titleTranslation).setValue("Buenos empleos para todos");
        click("strategy-up-2");
        click("goal-save");

        assertThat(jdbc.queryForList("""
                select s.text || '/' || coalesce(s.text_translation, '-') from goal_strategy s
                join strategic_goal g on g.id = s.goal_id where g.title = 'Good jobs for all' order by s.position""",
                String.class)).containsExactly("First strategy/Primera estrategia", "Second strategy/-");
        assertThat(page.title.getValue()).isEmpty();
        assertThat(items(page)).last().asString().startsWith("Goal 5 · Good jobs for all");
        assertThat(items(page).getLast()).contains("Spanish missing: strategies");

        click("goal-up-5");
        assertThat(items(page).get(3)).startsWith("Goal 5 · Good jobs for all");

        click("goal-retire-4");
        assertThat(items(page).get(3)).startsWith("Goal 5 · Good jobs for all · retired");
        assertThat(jdbc.queryForObject("select retired from strategic_goal where title = 'Good jobs for all'",
                Boolean.class)).isTrue();
        click("goal-restore-4");
        assertThat(jdbc.queryForObject("select retired from strategic_goal where title = 'Good jobs for all'",
                Boolean.class)).isFalse();
    }

    private java.util.List<String> items(GoalsView page) {
        return page.list.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }
}
