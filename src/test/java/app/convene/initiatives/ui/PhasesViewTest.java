package app.convene.initiatives.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The phase editor as a coordinator uses it, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=phases-view")
class PhasesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSuccessfulSaveAfterARefusedOneLeavesNoStaleErrorAndNeitherDoesOpeningAnotherPhase() {
        SignIn.as(new Actor(fixtures.personId("Maya Thompson"), "Maya Thompson", false));
        PhasesView page = navigate("initiatives/worker-equity-initiative/phases", PhasesView.class);
        // Refused: no name, the end before the start.
        test(page.start).setValue(LocalDate.of(2031, 6, 1));
        test(page.end).setValue(LocalDate.of(2031, 5, 1));
        test($(Button.class).withText("Save phase").single()).click();
        assertThat(page.name.isInvalid()).isTrue();
        assertThat(page.end.isInvalid()).isTrue();

        // Corrected and saved: every field is clean again.
        test(page.name).setValue("Phase 4: follow-up");
        test(page.end).setValue(LocalDate.of(2031, 12, 31));
        test($(Button.class).withText("Save phase").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from phase where name = 'Phase 4: follow-up'", Integer.class))
                .isEqualTo(1);
        assertNoFieldShowsAnError(page);

        // A refused save, then another phase opened: no error carries over.
        test($(Button.class).withText("Save phase").single()).click();
        assertThat(page.name.isInvalid()).isTrue();
        test($(Button.class).withCondition(b -> "Change Phase 4: follow-up".equals(b.getAriaLabel().orElse(null)))
                .single()).click();
        assertThat(page.name.getValue()).isEqualTo("Phase 4: follow-up");
        assertNoFieldShowsAnError(page);
    }

    private static void assertNoFieldShowsAnError(PhasesView page) {
        for (HasValidation field : List.<HasValidation>of(page.name, page.description, page.start, page.end)) {
            assertThat(field.isInvalid()).as(field + " invalid").isFalse();
            assertThat(field.getErrorMessage()).as(field + " error message").isNullOrEmpty();
        }
        assertThat(page.message.isVisible()).isFalse();
    }
}
