package app.convene.convenings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ui.NotFoundView;
import app.convene.support.PageHtml;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The convening page, the initiative page's section and the organizers' editor, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=convenings-view")
class ConveningViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    app.convene.convenings.ConveningService convenings;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long conveningId(String title) {
        return jdbc.queryForObject("select id from convening where title = ?", Long.class, title);
    }

    @Test
    void aVisitorReadsAPublicConveningWithItsAgendaButNotItsOnlineLink() {
        navigate("convenings/" + conveningId("Equity@Work kickoff"), ConveningView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Equity@Work kickoff");
        Section details = $(Section.class).withId("convening-details").single();
        assertThat(details.getElement().getTextRecursively()).contains("Kickoff", "Atlanta, Georgia", "Eastern Time",
                "Mar 4, 2020, 9:00", "1:00", "Everyone (public)");
        assertThat($(Section.class).withId("convening-agenda").single().getElement().getTextRecursively())
                .contains("Table conversations by strategic area", "90 min");
        assertThat($(Anchor.class).withId("convening-manage").exists()).isFalse();

        long upcoming = conveningId("Re-engagement convening: towards a Strategic Action Plan");
        navigate("convenings/" + upcoming, ConveningView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("meet.example.org");
    }

    @Test
    void aConveningTheReaderMayNotSeeIsNotFound() {
        long committee = conveningId("Steering committee meeting");
        navigate("convenings/" + committee, NotFoundView.class);
        fixtures.signInAs("Jordan Ellis");
        navigate("convenings/" + committee, NotFoundView.class);
        navigate("convenings/not-a-number", NotFoundView.class);
        fixtures.signInAs("Daniel Okafor");
        navigate("convenings/" + committee, ConveningView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Steering committee meeting");
    }

    @Test
    void theInitiativePageListsUpcomingAndPastConveningsTheReaderMaySee() {
        navigate("initiatives/equity-at-work", Div.class);
        Section section = $(Section.class).withId("convenings").single();
        String text = PageHtml.text(section);
        assertThat(text).contains("Upcoming", "Re-engagement convening", "Past", "Equity@Work kickoff");
        assertThat(PageHtml.select(section, "#convenings-manage")).isEmpty();

        navigate("initiatives/worker-equity-initiative", Div.class);
        assertThat($(Section.class).withId("convenings").exists()).as("nothing a visitor may see").isFalse();
        fixtures.signInAs("Daniel Okafor");
        navigate("initiatives/worker-equity-initiative", Div.class);
        assertThat(PageHtml.text($(Section.class).withId("convenings").single())).contains("Steering committee meeting");
        fixtures.signInAs("Maya Thompson"); // a coordinator of Equity@Work: the way to manage them
        navigate("initiatives/equity-at-work", Div.class);
        assertThat(PageHtml.select($(Section.class).withId("convenings").single(), "a#convenings-manage"))
                .singleElement().satisfies(a -> assertThat(a.attr("href")).isEqualTo("initiatives/equity-at-work/convenings"));
    }

    @Test
    void theCoordinatorAddsAConveningAndTheEndBeforeTheStartIsShownByItsField() {
        fixtures.signInAs("Maya Thompson");
        ConveningsView page = navigate("initiatives/equity-at-work/convenings", ConveningsView.class);
        test($(Button.class).withId("convening-new").single()).click();
        ConveningForm form = page.form;
        test(form.title).setValue("Employer roundtable");
        form.date.setValue(LocalDate.of(2031, 5, 6));
        form.startTime.setValue(LocalTime.of(14, 0));
        form.endTime.setValue(LocalTime.of(13, 0));
        test(form.save).click();
        assertThat(form.endTime.isInvalid()).isTrue();
        assertThat(form.endTime.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(jdbc.queryForObject("select count(*) from convening where title = 'Employer roundtable'", Integer.class))
                .isZero();

        form.endTime.setValue(LocalTime.of(15, 30));
        test(form.save).click();
        assertThat(form.endTime.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("""
                select to_char(starts_at at time zone 'America/New_York', 'YYYY-MM-DD HH24:MI') from convening
                where title = 'Employer roundtable'""", String.class)).isEqualTo("2031-05-06 14:00");
        assertThat(page.getElement().getTextRecursively()).contains("Employer roundtable");
    }

    @Test
    void theCoordinatorCancelsOneSessionOfTheSeriesAndTheAgendaEditorWarnsOfAnOverrun() {
        fixtures.signInAs("Tomás Reyes");
        ConveningsView page = navigate("initiatives/good-jobs-equity-project/convenings", ConveningsView.class);
        long equity = conveningId("Equity: the connection between equity, stability and economic mobility");
        page.cancel(convenings.get(equity));
        assertThat(jdbc.queryForObject("select status from convening where id = ?", String.class, equity))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select status from convening where series_id = (select series_id from convening"
                + " where id = ?) and id <> ?", String.class, equity, equity)).hasSize(5).containsOnly("SCHEDULED");

        test($(Button.class).withId("convening-agenda-" + equity).single()).click();
        assertThat(page.agenda.rows()).hasSize(3);
        test($(Button.class).withId("agenda-add").single()).click();
        page.agenda.rows().getLast().title.setValue("Extra discussion");
        page.agenda.rows().getLast().minutes.setValue(30);
        test($(Button.class).withId("agenda-save").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where convening_id = ?", Integer.class, equity))
                .isEqualTo(4);
        assertThat($(Paragraph.class).withId("agenda-warning").single().getText())
                .contains("runs 30 minutes past the end");
    }
}
