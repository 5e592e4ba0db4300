package app.convene.convenings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.convenings.MinutesService;
import app.convene.shared.ui.MarkdownView;
import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Section;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The minutes on the convening page and the minutes' page, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-view")
class MinutesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MinutesService minutes;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long steeringCommittee() {
        return jdbc.queryForObject("select id from convening where title = 'Steering committee meeting'", Long.class);
    }

    long pastMembersConvening() {
        return jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, now() - interval '2 days', now() - interval '47 hours', 'ONLINE', 'MEMBERS')
                returning id""", Long.class, fixtures.initiativeId("equity-at-work"), "Minutes view " + UUID.randomUUID());
    }

    @Test
    void theApprovedMinutesAreOnTheConveningPageForThoseWhoMaySeeItAndNotFoundForOthers() {
        long id = steeringCommittee();
        navigate("convenings/" + id + "/minutes", NotFoundView.class);
        fixtures.signInAs("Daniel Okafor");
        navigate("convenings/" + id, ConveningView.class);
        Section part = $(Section.class).withId("convening-minutes").single();
        assertThat(part.getElement().getTextRecursively()).contains("Version 1, approved by Maya Thompson");
        assertThat(part.getChildren().filter(MarkdownView.class::isInstance).findFirst().orElseThrow().getElement()
                .getProperty("innerHTML")).contains("<h3>Decisions</h3>", "<strong>adopted as amended</strong>");
        navigate("convenings/" + id + "/minutes", MinutesView.class);
        MinutesView view = (MinutesView) getCurrentView();
        assertThat(view.save.isAttached() || view.text.isAttached()).as("a committee member does not edit").isFalse();
        assertThat($(Section.class).withId("minutes-versions").single().getElement().getTextRecursively())
                .contains("Version 1");

        fixtures.signInAs("Maya Thompson");
        navigate("convenings/" + id + "/minutes", MinutesView.class);
        view = (MinutesView) getCurrentView();
        assertThat(view.text.isAttached()).as("approved minutes are frozen").isFalse();
        assertThat(view.correct.isVisible()).isTrue();
        assertThat($(Section.class).withId("minutes-actions").single().getElement().getTextRecursively())
                .contains("Circulate the amended research questions", "Daniel Okafor", "now a workgroup action item");
    }

    @Test
    void theHostWritesSavesAndSendsForReviewAndAConcurrentEditIsRefusedKeepingTheText() {
        long id = pastMembersConvening();
        fixtures.signInAs("Maya Thompson");
        navigate("convenings/" + id + "/minutes", MinutesView.class);
        MinutesView view = (MinutesView) getCurrentView();
        test(view.text).setValue("## Decisions\n\n1. A youth summit in May.");
        test(view.save).click();
        assertThat(view.status.getText()).isEqualTo("Minutes saved.");
        assertThat(view.sendForReview.isVisible()).isTrue();

        long stored = minutes.minutes(id).version();
        minutes.save(id, stored, "Edited in another tab");
        test(view.text).setValue("## Decisions\n\n1. A youth summit in June.");
        test(view.save).click();
        assertThat(view.formError.isVisible()).isTrue();
        assertThat(view.formError.getText()).contains("Someone else changed these minutes");
        assertThat(view.text.getValue()).as("the text is kept").contains("June");
        assertThat(minutes.minutes(id).markdown()).isEqualTo("Edited in another tab");

        navigate("convenings/" + id + "/minutes", MinutesView.class);
        view = (MinutesView) getCurrentView();
        test(view.sendForReview).click();
        assertThat(view.status.getText()).contains("Sent for review");
        assertThat(view.approve.isVisible()).as("a coordinator chairs").isTrue();
        navigate("convenings/" + id, ConveningView.class);
        assertThat($(Section.class).withId("convening-minutes").single().getElement().getTextRecursively())
                .contains("In review by the attendees", "Open the minutes");

        fixtures.signInAs("Jordan Ellis");
        navigate("convenings/" + id, ConveningView.class);
        assertThat($(Section.class).withId("convening-minutes").exists()).as("not an attendee, nothing approved").isFalse();
    }
}
