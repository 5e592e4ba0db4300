package app.convene.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorImportService;
import app.convene.support.PageHtml;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Indicators on the initiative page, the coordinators' page and the CSV import preview, without a browser. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=indicators-view")
class IndicatorsViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IndicatorImportService imports;
    @Autowired
    app.convene.indicators.IndicatorService indicators;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void visitorsOfPugetSoundSeeItsPublicIndicatorsByGoalEachAsAChartWithItsTable() {
        navigate("initiatives/puget-sound-workforce-intermediary", Div.class);
        Section section = $(Section.class).id("indicators");
        String text = PageHtml.text(section);
        assertThat(text).contains("Impact indicators", "Goal: Equal Economic Mobility", "Goal: Innovation",
                "Days from first contact to services (Universal Intake)", "Demo values, invented")
                .doesNotContain("WorkSource offices with digital equity navigation", "Indicators and their values");
        List<IndicatorCard> cards = $(IndicatorCard.class).all();
        assertThat(cards).hasSize(5);
        IndicatorCard first = cards.getFirst();
        // The table holds the same numbers as the chart: baseline, three periods, target.
        assertThat(PageHtml.select(first, "table.cv-indicator-table tbody tr")).hasSize(5);
        assertThat(PageHtml.texts(first, "table.cv-indicator-table").getFirst())
                .contains("Baseline", "38 %", "45.5 %", "Target", "55 %");
        assertThat(first.svg).contains("role=\"img\"", "<desc", "Higher is better. Baseline 38 %");
    }

    @Test
    void aCoordinatorDefinesAnIndicatorAndProblemsShowByTheirFields() {
        fixtures.signInAs("Maya Thompson");
        IndicatorsView page = navigate("initiatives/equity-at-work/indicators", IndicatorsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Impact indicators");
        IndicatorForm form = page.form;
        form.goal.setValue(form.goal.getListDataView().getItems().findFirst().orElseThrow());
        form.name.setValue("Youth placed in apprenticeships");
        form.unit.setValue("people");
        form.direction.setValue(Direction.HIGHER);
        form.baselineValue.setValue(new BigDecimal("40"));
        form.baselineDate.setValue(LocalDate.of(2025, 1, 1));
        form.targetValue.setValue(new BigDecimal("40"));
        form.targetDate.setValue(LocalDate.of(2024, 1, 1));
        test(form.save).click();
        assertThat(form.targetDate.isInvalid()).isTrue();
        assertThat(form.targetDate.getErrorMessage()).isEqualTo("The target date must be after the baseline date.");

        form.targetDate.setValue(LocalDate.of(2027, 12, 31));
        test(form.save).click();
        // The service's check: a target equal to the baseline, shown by the target value.
        assertThat(form.targetValue.isInvalid()).isTrue();
        assertThat(form.targetValue.getErrorMessage()).isEqualTo("The target must differ from the baseline.");
        assertThat(count("Youth placed in apprenticeships")).isZero();

        form.targetValue.setValue(new BigDecimal("150"));
        test(form.save).click();
        assertThat(count("Youth placed in apprenticeships")).isEqualTo(1);
        assertThat(PageHtml.text(page.listHolder)).contains("Youth placed in apprenticeships",
                "Members only");

        long id = jdbc.queryForObject("select id from indicator where name = 'Youth placed in apprenticeships'", Long.class);
        page.valuesPanel.show(id);
        page.valuesPanel.periodEnd.setValue(LocalDate.of(2025, 6, 30));
        page.valuesPanel.value.setValue(new BigDecimal("52"));
        test(page.valuesPanel.save).click();
        page.valuesPanel.periodEnd.setValue(LocalDate.of(2025, 6, 30));
        page.valuesPanel.value.setValue(new BigDecimal("60"));
        test(page.valuesPanel.save).click();
        assertThat(page.valuesPanel.periodEnd.isInvalid()).isTrue();
        assertThat(page.valuesPanel.periodEnd.getErrorMessage()).startsWith("This indicator already has a value");
        assertThat(jdbc.queryForObject("select count(*) from indicator_value where indicator_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void theImportPreviewNamesTheRowAndTheReasonAndSavesOnlyTheGoodRowsOnceConfirmed() {
        fixtures.signInAs("Maya Thompson");
        long initiative = fixtures.initiativeId("equity-at-work");
        long goal = jdbc.queryForObject("select min(id) from strategic_goal where initiative_id = ?", Long.class, initiative);
        long id = indicators.save(initiative, null, null, new app.convene.indicators.IndicatorDraft(goal,
                "Employers with wage transparency", "employers", Direction.HIGHER, new BigDecimal("5"),
                LocalDate.of(2024, 12, 31), new BigDecimal("25"), LocalDate.of(2027, 12, 31), null, true));
        IndicatorImportView page = navigate("initiatives/equity-at-work/indicators/import", IndicatorImportView.class);

        page.show(imports.preview(initiative, ("indicator,period_end,value\r\n"
                + "Employers with wage transparency,2025-12-31,9\r\n"
                + "Employers with wage,2025-12-31,9\r\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(test(page.grid).getCellText(1, 0)).isEqualTo("3");
        assertThat(test(page.grid).getCellText(1, 2)).isEqualTo("No indicator of this initiative has this name");
        assertThat(page.summary.getText()).isEqualTo("1 new, 0 replacing a value, 1 with errors (left out).");
        assertThat(page.confirm.getText()).isEqualTo("Import one value");
        assertThat(values(id)).isZero();

        test(page.confirm).click();
        assertThat(values(id)).isEqualTo(1);
        assertThat(page.summary.getText()).isEqualTo("Imported: 1 new, 0 replaced, 1 left out.");
    }

    private int values(long indicatorId) {
        return jdbc.queryForObject("select count(*) from indicator_value where indicator_id = ?", Integer.class, indicatorId);
    }

    private int count(String name) {
        return jdbc.queryForObject("select count(*) from indicator where name = ?", Integer.class, name);
    }
}
