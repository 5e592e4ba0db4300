package app.convene.implementation;

import static app.convene.support.FieldRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.indicators.Direction;
import app.convene.indicators.IndicatorService;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Indicators linked to a tracked recommendation: the initiative's own only, and only public ones on the public page. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=implementation")
class ImplementationIndicatorsTest {

    static final String WEI = "worker-equity-initiative";
    static final String PUGET = "puget-sound-workforce-intermediary";

    @Autowired
    ImplementationService service;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    IndicatorService indicatorService;
    @Autowired
    TestIndicators indicators;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long wei;
    long id;

    @BeforeEach
    void publishedRecommendation() {
        wei = fixtures.initiativeId(WEI);
        id = Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Indicator links"), "Principles"), "Fair scheduling",
                "Give two weeks' notice of schedules.").id());
        jdbc.update("update recommendation set status = 'PUBLISHED', published_revision = 1 where id = ?", id);
        fixtures.signInAs("Maya Thompson"); // coordinator of the WEI
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    TrackingDraft linking(Set<Long> indicatorIds) {
        return new TrackingDraft(null, ImplementationStatus.IN_PROGRESS, null, Set.of(), indicatorIds);
    }

    @Test
    void aCoordinatorLinksIndicatorsOfTheInitiativeWithTheirLatestValueAndUnlinksThem() {
        long jobs = indicators.make(WEI, "Jobs placed", true);
        long internal = indicators.make(WEI, "Complaints filed", false);
        assertThat(service.indicatorChoices(id, "Jobs placed", 0, 10)).extracting(PickerOption::id).containsExactly(jobs);

        ImplementationTracking saved = service.save(id, 0, linking(Set.of(jobs, internal)));
        assertThat(saved.indicators()).extracting(LinkedIndicator::id).containsExactlyInAnyOrder(jobs, internal);
        LinkedIndicator linked = saved.indicators().stream().filter(i -> i.id() == jobs).findFirst().orElseThrow();
        assertThat(linked.name()).isEqualTo(indicators.name(jobs));
        assertThat(linked.unit()).isEqualTo("jobs");
        assertThat(linked.direction()).isEqualTo(Direction.HIGHER);
        assertThat(linked.latestValue()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(linked.latestPeriodEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(linked.targetValue()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(linked.targetDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(service.tracking(id).indicators()).isEqualTo(saved.indicators());
        assertThat(jdbc.queryForObject("select after_state from audit_event where action = 'implementation.tracked' "
                + "and subject_id = ? order by id desc limit 1", String.class, String.valueOf(id)))
                .contains("indicators=[", indicators.name(jobs), indicators.name(internal));

        // The set is saved whole: leaving one out unlinks it.
        ImplementationTracking unlinked = service.save(id, 1, linking(Set.of(internal)));
        assertThat(unlinked.indicators()).extracting(LinkedIndicator::id).containsExactly(internal);
        assertThat(service.save(id, 2, linking(Set.of())).indicators()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from implementation_indicator ii join recommendation_implementation"
                + " i on i.id = ii.implementation_id where i.recommendation_id = ?", Long.class, id)).isZero();
    }

    @Test
    void anotherInitiativesIndicatorIsRefusedAndNotOffered() {
        long own = indicators.make(WEI, "Wage gap", true);
        long puget = jdbc.queryForObject("select min(d.id) from indicator d join initiative i on i.id = d.initiative_id"
                + " where i.slug = ?", Long.class, PUGET);
        assertRefused(() -> service.save(id, 0, linking(Set.of(own, puget))), "indicators",
                "implementation.error.indicatorNotOfInitiative");
        assertThat(service.tracking(id).version()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from implementation_indicator where indicator_id = ?", Long.class,
                puget)).isZero();
        assertThat(service.indicatorChoices(id, "", 0, 500)).extracting(PickerOption::id)
                .contains(own).doesNotContain(puget);
    }

    @Test
    void thePublicStandingShowsOnlyThePublicLinkedIndicators() {
        long shown = indicators.make(WEI, "Workers trained", true);
        long internal = indicators.make(WEI, "Grievances open", false);
        service.save(id, 0, linking(Set.of(shown, internal)));

        SignIn.out();
        ImplementationStanding standing = service.standings(wei).get(id);
        assertThat(standing.publicIndicators()).extracting(LinkedIndicator::id).containsExactly(shown);
        assertThat(standing.publicIndicators()).allMatch(LinkedIndicator::publicIndicator);

        // Made internal later: off the public page at once.
        Authorization.runAsSystem(() -> {
            var item = indicatorService.get(shown);
            var d = item.draft();
            return indicatorService.save(wei, shown, item.version(), new app.convene.indicators.IndicatorDraft(d.goalId(),
                    d.name(), d.unit(), d.direction(), d.baselineValue(), d.baselineDate(), d.targetValue(),
                    d.targetDate(), d.source(), false));
        });
        assertThat(service.standings(wei).get(id).publicIndicators()).isEmpty();
    }

    @Test
    void deletingAnIndicatorUnlinksIt() {
        long gone = indicators.make(WEI, "Short-lived", false);
        service.save(id, 0, linking(Set.of(gone)));
        Authorization.runAsSystem(() -> {
            indicatorService.delete(gone, indicatorService.get(gone).version());
            return null;
        });
        assertThat(service.tracking(id).indicators()).isEmpty();
    }
}
