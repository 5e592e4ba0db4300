package app.convene.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.shared.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The dashboard as coordinators, committee members, stakeholders and administrators meet it, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=analytics-view")
class ParticipationDashboardViewTest extends SpringBrowserlessTest {

    static final String WEI = "initiatives/worker-equity-initiative/dashboard";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyChartHasItsTableTwinAndCsvAndTheCoordinatorSetsATarget() {
        fixtures.signInAs("Maya Thompson");
        ParticipationDashboardView view = navigate(WEI, ParticipationDashboardView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Participation and equity dashboard");
        long charts = $(Html.class).all().stream().filter(h -> h.getElement().getOuterHTML().contains("<svg")).count();
        // Every table has its CSV; every table with rows has its chart and its table twin (the funnel always has).
        assertThat(csvLinks()).isEqualTo(14);
        assertThat(charts).isGreaterThanOrEqualTo(5).isEqualTo($(NativeTable.class).all().size());
        String funnel = $(Html.class).all().getFirst().getElement().getOuterHTML();
        assertThat(funnel).contains("<title id=\"ch-funnel-title\">Participation funnel</title>", "<desc", "pattern");
        assertThat($(NativeTable.class).all().getFirst().getCaptionText()).isEqualTo("Participation funnel");

        test(view.targetsPanel.dimension).selectItem("Sector");
        view.targetsPanel.categories.setValue(Set.of("LABOR_UNION"));
        test(view.targetsPanel.population).selectItem("the steering committee");
        view.targetsPanel.threshold.setValue(new BigDecimal("25"));
        test($(Button.class).withId("target-save").single()).click();

        long initiative = fixtures.initiativeId("worker-equity-initiative");
        assertThat(jdbc.queryForObject("select dimension || ' ' || categories || ' ' || population || ' '"
                + " || threshold_percent from representation_target where initiative_id = ?", String.class, initiative))
                .isEqualTo("SECTOR LABOR_UNION STEERING_COMMITTEE 25.00");
        ParticipationDashboardView after = (ParticipationDashboardView) getCurrentView();
        assertThat(after.targetsPanel.list.getElement().getTextRecursively())
                .contains("Sector: Labor union among the steering committee: target at least 25.0 %");
        assertThat(csvLinks()).isEqualTo(15);
    }

    private long csvLinks() {
        return $(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("csv-")).count();
    }

    @Test
    void aThresholdOverAHundredIsShownByItsFieldAndNothingIsStored() {
        fixtures.signInAs("Maya Thompson");
        ParticipationDashboardView view = navigate(WEI, ParticipationDashboardView.class);
        long before = jdbc.queryForObject("select count(*) from representation_target", Long.class);

        test(view.targetsPanel.dimension).selectItem("County");
        view.targetsPanel.categories.setValue(Set.of("Fresno"));
        test(view.targetsPanel.population).selectItem("attendees of convenings");
        view.targetsPanel.threshold.setValue(new BigDecimal("150"));
        test($(Button.class).withId("target-save").single()).click();

        assertThat(view.targetsPanel.threshold.isInvalid()).isTrue();
        assertThat(view.targetsPanel.threshold.getErrorMessage())
                .isEqualTo("Enter a percentage above 0 and at most 100, with at most one decimal.");
        assertThat(jdbc.queryForObject("select count(*) from representation_target", Long.class)).isEqualTo(before);
    }

    @Test
    void aCommitteeMemberReadsWithoutTheFormAndAStakeholderIsRefused() {
        fixtures.signInAs("Daniel Okafor");
        navigate(WEI, ParticipationDashboardView.class);
        assertThat($(Button.class).withId("target-save").all()).isEmpty();
        assertThat($(H1.class).single().getText()).isEqualTo("Participation and equity dashboard");

        fixtures.signInAs("Jordan Ellis");
        navigate("initiatives/equity-at-work/dashboard", AccessDeniedView.class);
    }

    @Test
    void administratorsSeeEveryInitiativeTogetherAndChooseOne() {
        SignIn.as(new app.convene.security.Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true));
        navigate("admin/dashboard", AdminDashboardView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Participation across all initiatives");
        assertThat($(Anchor.class).all().stream().map(Anchor::getHref))
                .contains("initiatives/worker-equity-initiative/dashboard");
        assertThat($(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("csv-")).count())
                .isEqualTo(14);

        fixtures.signInAs("Maya Thompson");
        navigate("admin/dashboard", AccessDeniedView.class);
    }
}
