package app.convene.convenings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hosts' check-in page and the convening page's check-in part, without a browser. */
@ConveneTest
class AttendanceViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long convening() {
        Instant starts = Instant.now().minus(5, ChronoUnit.MINUTES);
        long id = jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, visibility)
                values (?, 'SESSION', ?, ?, ?, 'IN_PERSON', 'MEMBERS') returning id""", Long.class,
                fixtures.initiativeId("equity-at-work"), "Check-in view " + UUID.randomUUID(), Timestamp.from(starts),
                Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
        for (String[] guest : new String[][] {{"Zoe Zephyr", "Peachtree Partners", "CONFIRMED"},
                {"Abe Able", "Westside Works", "CONFIRMED"}, {"Will Waiting", "Westside Works", "WAITLISTED"}}) {
            jdbc.update("""
                    insert into rsvp (convening_id, guest_name, guest_email, guest_organization, status)
                    values (?, ?, ?, ?, ?)""", id, guest[0], UUID.randomUUID() + "@example.org", guest[1], guest[2]);
        }
        return id;
    }

    @Test
    void theHostSearchesTheListChecksSomeoneInAndUndoesIt() {
        long id = convening();
        fixtures.signInAs("Maya Thompson");
        AttendanceView page = navigate("convenings/" + id + "/attendance", AttendanceView.class);
        var grid = test(page.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Abe Able");
        assertThat(grid.getCellText(2, 0)).as("the waitlist after the confirmed").isEqualTo("Will Waiting");

        test(page.search).setValue("peachtree");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Zoe Zephyr");
        test((Button) grid.getCellComponent(0, 5)).click();
        assertThat(jdbc.queryForObject("select count(*) from attendance where convening_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(page.summary.getText()).isEqualTo("1 checked in from one organization");
        assertThat(grid.getCellText(0, 4)).isNotBlank();
        assertThat(((Button) grid.getCellComponent(0, 5)).getText()).isEqualTo("Undo");

        test((Button) grid.getCellComponent(0, 5)).click();
        assertThat(jdbc.queryForObject("select count(*) from attendance where convening_id = ?", Integer.class, id))
                .isZero();
        assertThat(page.summary.getText()).isEqualTo("0 checked in from no organization");
    }

    @Test
    void aWalkInWithoutANameIsRefusedByTheFieldAndAGuestWalkInIsListed() {
        long id = convening();
        fixtures.signInAs("Maya Thompson");
        AttendanceView page = navigate("convenings/" + id + "/attendance", AttendanceView.class);
        WalkInForm form = $(WalkInForm.class).single();
        test(form.organization).setValue("Invented Org");
        test(form.add).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the guest's name, or choose someone of the initiative.");
        assertThat(form.organization.getValue()).as("input kept").isEqualTo("Invented Org");

        test(form.name).setValue("Wally Walkin");
        test(form.add).click();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.done.getText()).isEqualTo("Wally Walkin is checked in.");
        test(page.search).setValue("wally");
        assertThat(test(page.grid).getCellText(0, 3)).isEqualTo("Walk-in");
        assertThat(test(page.grid).getCellText(0, 2)).isEqualTo("Invented Org");
    }

    @Test
    void aMemberEntersTheCodeShownInTheRoomAndTheCheckInPageIsNotFoundForThem() {
        long id = convening();
        fixtures.signInAs("Maya Thompson");
        navigate("convenings/" + id + "/attendance", AttendanceView.class);
        CheckInCodePanel panel = $(CheckInCodePanel.class).single();
        test(panel.open).click();
        String code = panel.code.getText();
        assertThat(code).hasSize(6);

        fixtures.signInAs("Jordan Ellis");
        navigate("convenings/" + id + "/attendance", NotFoundView.class);
        navigate("convenings/" + id, ConveningView.class);
        TextField field = $(TextField.class).withId("check-in-code").single();
        test(field).setValue(code.equals("AAAAAA") ? "BBBBBB" : "AAAAAA");
        test($(Button.class).withId("check-in-send").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("This code is not right. Check the code shown in the room.");

        test(field).setValue(code);
        test($(Button.class).withId("check-in-send").single()).click();
        assertThat($(Paragraph.class).withId("check-in-done").single().getText()).isEqualTo("You are checked in.");
        navigate("my/convenings", MyConveningsView.class);
        assertThat($(Paragraph.class).withId("my-attendance").single().getText()).startsWith("Convenings you attended: ");

        fixtures.signInAs("Maya Thompson");
        navigate("convenings/" + id + "/organize", OrganizeConveningView.class);
        assertThat($(Section.class).withId("organize-attendance").single().getElement().getTextRecursively())
                .contains("1 checked in from", "No organization given: 1");
    }
}
