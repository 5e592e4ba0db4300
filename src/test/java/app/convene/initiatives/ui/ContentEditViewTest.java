package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The texts editor as a coordinator uses it, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=content-view")
class ContentEditViewTest extends SpringBrowserlessTest {

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
    void anEmptyNameAndAnOverlongSummaryAreRefusedByTheirFieldsAndNothingTypedIsLost() {
        ContentEditView page = navigate("initiatives/worker-equity-initiative/edit", ContentEditView.class);
        assertThat(page.visionTranslation.getValue()).startsWith("La estrella polar");
        test(page.name).setValue(" ");
        test(page.summary).setValue("x".repeat(4001));
        test(page.mission).setValue("A **new** mission");

        test(page.save).click();

        assertThat(page.name.isInvalid()).isTrue();
        assertThat(page.name.getErrorMessage()).isEqualTo("This cannot be empty.");
        assertThat(page.summary.getErrorMessage()).isEqualTo("At most 4,000 characters; this has 4,001.");
        assertThat(page.mission.getValue()).isEqualTo("A **new** mission");
        assertThat(page.preview.getElement().getChildren().anyMatch(e ->
                e.getProperty("innerHTML", "").contains("<strong>new</strong>"))).isTrue();
        assertThat(jdbc.queryForObject("select mission from initiative where slug = 'worker-equity-initiative'",
                String.class)).doesNotContain("new");
    }

    @Test
    void aStaleSaveIsRefusedTheTypedTextStaysAndCanBeSavedOnTop() {
        ContentEditView page = navigate("initiatives/worker-equity-initiative/edit", ContentEditView.class);
        test(page.summaryTranslation).setValue("Un resumen nuevo");
        // Someone else saves meanwhile.
        jdbc.update("update initiative set summary = 'Their summary', version = version + 1"
                + " where slug = 'worker-equity-initiative'");

        test(page.save).click();

        assertThat(page.message.isVisible()).isTrue();
        assertThat(page.message.getText()).startsWith("Someone else saved these texts");
        assertThat(page.summaryTranslation.getValue()).isEqualTo("Un resumen nuevo");
        assertThat(page.overwrite.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select summary_translation from initiative where slug = 'worker-equity-initiative'",
                String.class)).isNull();

        test(page.overwrite).click();

        assertThat(jdbc.queryForObject("select summary_translation from initiative where slug = 'worker-equity-initiative'",
                String.class)).isEqualTo("Un resumen nuevo");
        assertThat(page.message.isVisible()).isFalse();
        assertThat(page.missing.getText()).doesNotContain("Summary");
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Vision", "Vision in Spanish (optional)");
    }
}
