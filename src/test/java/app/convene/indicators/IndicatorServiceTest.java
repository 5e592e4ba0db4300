package app.convene.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeService;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Indicators, their values and their CSV import through the services, on a real database with the demo loaded. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=indicators")
class IndicatorServiceTest {

    static final String SLUG = "equity-at-work";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorValueService values;
    @Autowired
    IndicatorImportService imports;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long goal(String slug, int index) {
        return initiatives.findPublicBySlug(slug).orElseThrow().goals().get(index).id();
    }

    IndicatorDraft draft(String name, boolean isPublic) {
        return new IndicatorDraft(goal(SLUG, 0), name, "%", Direction.HIGHER, new BigDecimal("10"),
                LocalDate.of(2024, 12, 31), new BigDecimal("25.5"), LocalDate.of(2027, 12, 31), "Test source", isPublic);
    }

    long made(String name, boolean isPublic) {
        fixtures.signInAs("Maya Thompson");
        return indicators.save(fixtures.initiativeId(SLUG), null, null, draft(name + " " + UNIQUE.incrementAndGet(), isPublic));
    }

    @Test
    void aCoordinatorDefinesAnIndicatorAndTheAuditLogKeepsIt() {
        long id = made("Living wage share", true);
        IndicatorItem item = indicators.get(id);
        assertThat(item.goalId()).isEqualTo(goal(SLUG, 0));
        assertThat(item.targetValue()).isEqualByComparingTo("25.5");
        assertThat(item.values()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'indicator.created'"
                + " and subject_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedByItsField() {
        fixtures.signInAs("Maya Thompson");
        long initiative = fixtures.initiativeId(SLUG);
        IndicatorDraft good = draft("Checked " + UNIQUE.incrementAndGet(), true);
        assertThatThrownBy(() -> indicators.save(initiative, null, null, new IndicatorDraft(good.goalId(), good.name(),
                good.unit(), good.direction(), good.baselineValue(), good.baselineDate(), good.targetValue(),
                good.baselineDate(), null, true)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("targetDate"));
        long otherGoal = goal("puget-sound-workforce-intermediary", 0);
        assertThatThrownBy(() -> indicators.save(initiative, null, null, new IndicatorDraft(otherGoal, good.name(),
                good.unit(), good.direction(), good.baselineValue(), good.baselineDate(), good.targetValue(),
                good.targetDate(), null, true)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("goalId"));
        assertThatThrownBy(() -> indicators.save(initiative, null, null, new IndicatorDraft(good.goalId(), " ",
                good.unit(), good.direction(), good.baselineValue(), good.baselineDate(), good.targetValue(),
                good.targetDate(), null, true)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> indicators.save(initiative, null, null, new IndicatorDraft(good.goalId(), good.name(),
                good.unit(), good.direction(), good.baselineValue(), good.baselineDate(), new BigDecimal("1.23456"),
                good.targetDate(), null, true)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("targetValue"));
        indicators.save(initiative, null, null, good);
        assertThatThrownBy(() -> indicators.save(initiative, null, null, good))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("indicator.error.duplicateName");
                });
    }

    @Test
    void aStaleEditIsRefusedAndKeepsTheOtherChange() {
        long id = made("Edited twice", false);
        IndicatorItem opened = indicators.get(id);
        IndicatorDraft first = opened.draft();
        indicators.save(opened.initiativeId(), id, opened.version(), new IndicatorDraft(first.goalId(), first.name(),
                "people", first.direction(), first.baselineValue(), first.baselineDate(), first.targetValue(),
                first.targetDate(), first.source(), false));
        assertThatThrownBy(() -> indicators.save(opened.initiativeId(), id, opened.version(), first))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(indicators.get(id).unit()).isEqualTo("people");
    }

    @Test
    void visitorsSeeOnlyPublicIndicatorsAndMembersSeeAll() {
        long shown = made("Shown to all", true);
        long internal = made("Members only", false);
        long initiative = fixtures.initiativeId(SLUG);
        long goal = goal(SLUG, 0);

        SignIn.out();
        List<Long> visible = indicators.ofGoal(initiative, goal, PageRequest.of(0, 100)).map(IndicatorItem::id).toList();
        assertThat(visible).contains(shown).doesNotContain(internal);
        assertThatThrownBy(() -> indicators.get(internal)).isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.get(shown).name()).startsWith("Shown to all");

        fixtures.signInAs("Jordan Ellis"); // a stakeholder of the initiative
        assertThat(indicators.ofGoal(initiative, goal, PageRequest.of(0, 100)).map(IndicatorItem::id).toList())
                .contains(shown, internal);
        assertThat(indicators.get(internal).publicIndicator()).isFalse();
        assertThatThrownBy(() -> indicators.save(initiative, null, null, draft("Not mine", true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneValuePerPeriodAndAStaleValueEditIsRefused() {
        long id = made("With values", true);
        long first = values.save(id, null, null, new ValueDraft(LocalDate.of(2025, 6, 30), new BigDecimal("12.5"), "H1"));
        assertThatThrownBy(() -> values.save(id, null, null, new ValueDraft(LocalDate.of(2025, 6, 30), BigDecimal.ONE, null)))
                .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
        PeriodValue opened = indicators.get(id).values().getFirst();
        values.save(id, first, opened.version(), new ValueDraft(opened.periodEnd(), new BigDecimal("13"), null));
        assertThatThrownBy(() -> values.save(id, first, opened.version(),
                new ValueDraft(opened.periodEnd(), new BigDecimal("14"), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(indicators.get(id).values()).extracting(PeriodValue::value).containsExactly(new BigDecimal("13.0000"));
        values.delete(first, indicators.get(id).values().getFirst().version());
        assertThat(indicators.get(id).values()).isEmpty();
    }

    @Test
    void theImportPreviewNamesEachBadRowAndSavesNothingUntilConfirmed() {
        long id = made("Imported", true);
        String name = indicators.get(id).name();
        values.save(id, null, null, new ValueDraft(LocalDate.of(2025, 3, 31), new BigDecimal("11"), null));
        long initiative = fixtures.initiativeId(SLUG);
        String csv = "indicator,period_end,value,note\r\n"
                + name + ",2025-06,12.5,first half\r\n"           // line 2: new (end of June)
                + "No such indicator,2025-06-30,3,\r\n"            // line 3
                + name + ",30/06/2025,3,\r\n"                      // line 4: not a date
                + name + ",2025-09-30,\"1,234.5\",\r\n"            // line 5: thousands separator
                + name + ",2025-06-30,13,\r\n"                     // line 6: same period as line 2
                + name + ",2025-03-31,\"11,5\",decimal comma\r\n"; // line 7: replaces the March value
        IndicatorImportPreview preview = imports.preview(initiative, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).extracting(IndicatorImportPreview.Row::line, IndicatorImportPreview.Row::status,
                IndicatorImportPreview.Row::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, IndicatorImportPreview.Status.NEW, null),
                org.assertj.core.groups.Tuple.tuple(3, IndicatorImportPreview.Status.ERROR, "indicator"),
                org.assertj.core.groups.Tuple.tuple(4, IndicatorImportPreview.Status.ERROR, "period"),
                org.assertj.core.groups.Tuple.tuple(5, IndicatorImportPreview.Status.ERROR, "value"),
                org.assertj.core.groups.Tuple.tuple(6, IndicatorImportPreview.Status.ERROR, "duplicate"),
                org.assertj.core.groups.Tuple.tuple(7, IndicatorImportPreview.Status.UPDATE, null));
        assertThat(indicators.get(id).values()).hasSize(1); // nothing written by the preview

        IndicatorImportService.ImportResult result = imports.commit(initiative, preview);
        assertThat(result).isEqualTo(new IndicatorImportService.ImportResult(1, 1, 4));
        assertThat(indicators.get(id).values()).extracting(PeriodValue::periodEnd, v -> v.value().stripTrailingZeros(),
                PeriodValue::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 31), new BigDecimal("11.5"), "decimal comma"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 6, 30), new BigDecimal("12.5"), "first half"));
    }

    @Test
    void theImportNeedsItsColumnsAndTheCoordinatorsRole() {
        long initiative = fixtures.initiativeId(SLUG);
        fixtures.signInAs("Maya Thompson");
        assertThat(imports.preview(initiative, "indicator,value\r\nX,1\r\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(IndicatorImportPreview::fileProblem, IndicatorImportPreview::fileProblemDetail)
                .containsExactly("missingColumn", "period_end");
        fixtures.signInAs("Jordan Ellis");
        assertThatThrownBy(() -> imports.preview(initiative, "indicator,period_end,value\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pugetSoundsDemoHasIndicatorsForEachGoalMarkedAsInventedValues() {
        long puget = fixtures.initiativeId("puget-sound-workforce-intermediary");
        List<IndicatorItem> all = Authorization.runAsSystem(() -> {
            List<IndicatorItem> items = new java.util.ArrayList<>();
            for (var goal : initiatives.findPublicBySlug("puget-sound-workforce-intermediary").orElseThrow().goals()) {
                items.addAll(indicators.ofGoal(puget, goal.id(), PageRequest.of(0, 20)).getContent());
            }
            return items;
        });
        assertThat(all).hasSize(6);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.source()).startsWith("Demo values, invented");
            assertThat(i.values()).hasSize(3);
        });
        assertThat(all.stream().map(IndicatorItem::goalId).distinct()).hasSize(4);
        SignIn.out();
        assertThat(indicators.goalsWithIndicators(puget)).hasSize(4);
        assertThat(all.stream().filter(IndicatorItem::publicIndicator)).hasSize(5);
    }
}
