package app.convene.convenings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.convenings.OfficeHourFixture;
import app.convene.convenings.OfficeHourService;
import app.convene.convenings.OfficeHourOrganization;
import app.convene.security.Actor;
import app.convene.security.PersonSummary;
import app.convene.shared.ui.NotFoundView;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The office-hours part of the convening page and the office hours' management page, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=office-hours-view")
class OfficeHoursViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OfficeHourService officeHours;

    OfficeHourFixture f;
    Actor coordinator;
    Actor expert;
    long convening;
    LocalDateTime start;

    @BeforeEach
    void officeHours() {
        f = new OfficeHourFixture(jdbc, fixtures.initiativeId("good-jobs-equity-project"));
        coordinator = f.coordinator("Vic Coordinator");
        expert = f.member("Ed Expert", null);
        convening = f.officeHours();
        start = f.localStartOf(convening);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Button cell(Grid<?> grid, int row, String key) {
        Component cell = test(grid).getCellComponent(row, key);
        return cell instanceof Button button ? button
                : (Button) cell.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void aMemberBooksForTheirJurisdictionOnTheConveningPageAndIsRefusedByTheMessageOnceTheAllowanceIsUsed() {
        SignIn.as(coordinator);
        List<Long> slots = officeHours.publish(convening, expert.personId(), start, 60, 3);
        officeHours.setAllowance(convening, 60);
        long county = f.organization("Pueblo County");
        SignIn.as(f.member("Vera Viewer", county));

        navigate("convenings/" + convening, ConveningView.class);
        OfficeHoursPanel panel = $(OfficeHoursPanel.class).single();
        assertThat(panel.allowance.getText()).contains("Pueblo County", "has 60 of 60 minutes left");
        assertThat(test(panel.grid).size()).isEqualTo(3);
        assertThat(test(panel.grid).getCellText(0, 3)).isEqualTo("Free");

        test(cell(panel.grid, 0, "action")).click();
        assertThat(panel.outcome.getText()).startsWith("Booked:");
        assertThat(f.bookings(slots.getFirst())).isEqualTo(1);
        assertThat(panel.allowance.getText()).contains("has 0 of 60 minutes left");
        assertThat(test(panel.grid).getCellText(0, 3)).startsWith("Booked by Pueblo County");

        test(cell(panel.grid, 1, "action")).click();
        assertThat(panel.formError.isVisible()).isTrue();
        assertThat(panel.formError.getText()).contains("may book 60 minutes in this phase and has 0 left");
        assertThat(f.bookings(slots.get(1))).isZero();

        Button cancel = cell(panel.grid, 0, "action");
        assertThat(cancel.getText()).isEqualTo("Cancel booking");
        test(cancel).click();
        assertThat(panel.outcome.getText()).contains("free again");
        assertThat(f.bookings(slots.getFirst())).isZero();
    }

    @Test
    void theManagerPublishesWithMessagesByTheFieldBooksForAnOrganizationAndSeesTheAllowanceLeft() {
        long county = f.organization("Racine County");
        Actor member = f.member("Ray Member", county);
        SignIn.as(coordinator);
        OfficeHoursView view = navigate("convenings/" + convening + "/office-hours", OfficeHoursView.class);
        view.expert.setValue(new PersonSummary(expert.personId(), "Ed Expert", null));
        view.date.setValue(start.toLocalDate());
        view.time.setValue(start.toLocalTime());
        view.minutes.setValue(3);
        view.count.setValue(2);
        test(view.publish).click();
        assertThat(view.minutes.isInvalid()).isTrue();
        assertThat(view.minutes.getErrorMessage()).isEqualTo("A slot lasts from 5 to 480 minutes.");
        assertThat(view.date.getValue()).as("input kept").isEqualTo(start.toLocalDate());

        view.minutes.setValue(60);
        test(view.publish).click();
        assertThat(view.minutes.isInvalid()).isFalse();
        assertThat(view.outcome.getText()).isEqualTo("2 slots published.");
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(cell(view.grid, 0, "actions")).click();
        assertThat(view.organization.isInvalid()).as("book for whom?").isTrue();
        String name = jdbc.queryForObject("select name from organization where id = ?", String.class, county);
        view.organization.setValue(new OfficeHourOrganization(county, name));
        test(cell(view.grid, 0, "actions")).click();
        assertThat(view.usage.getElement().getTextRecursively()).contains(name + ": 60 of 240 minutes booked (180 left)");

        SignIn.as(member);
        navigate("convenings/" + convening + "/office-hours", NotFoundView.class);
    }

    @Test
    void theDemoOfficeHoursHaveBookingsBySeveralJurisdictions() {
        fixtures.signInAs("Tomás Reyes");
        long demo = jdbc.queryForObject("select id from convening where title = 'One-on-one expert support: phase 1'",
                Long.class);
        OfficeHoursView view = navigate("convenings/" + demo + "/office-hours", OfficeHoursView.class);
        assertThat(view.usage.getElement().getTextRecursively()).contains(
                "King County (WA): 240 of 240 minutes booked (0 left)", "City of Tulsa (OK): 120 of 240",
                "State of Colorado", "City of Durham (NC)", "Hillsborough County (FL)", "City of Racine (WI)");
        assertThat(test(view.grid).size()).isEqualTo(16);
    }
}
