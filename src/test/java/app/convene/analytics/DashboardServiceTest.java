package app.convene.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.InitiativeService;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** The dashboard's numbers against {@link FunnelFixture}, every one worked out by hand. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=analytics")
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    TargetService targets;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcTemplate jdbc;

    FunnelFixture f;

    @BeforeEach
    void fixture() {
        f = new FunnelFixture(jdbc, initiatives);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theFunnelCountsEachStepOfTheApprovedOnceAndExactlyBySectorPlaceAndOrganizationType() {
        ParticipationDashboard d = asSystem(() -> dashboards.dashboard(f.initiative));

        assertThat(values(d.funnel())).containsExactly(List.of(8L), List.of(6L), List.of(3L), List.of(4L), List.of(4L));
        assertThat(rows(d.table("by-sector").orElseThrow())).containsExactly(
                "EMPLOYER=[3, 2, 1, 1, 1]", "LABOR_UNION=[2, 2, 2, 2, 2]", "OTHER=[1, 0, 0, 0, 0]",
                "WORKER_CENTER=[2, 2, 0, 1, 1]");
        assertThat(rows(d.table("by-county").orElseThrow())).containsExactly("=[1, 0, 0, 0, 0]",
                "King=[5, 4, 2, 3, 2]", "Pierce=[1, 1, 1, 0, 1]", "Snohomish=[1, 1, 0, 1, 1]");
        assertThat(rows(d.table("by-organization-type").orElseThrow())).containsExactly("=[4, 2, 0, 1, 1]",
                "BUSINESS=[2, 2, 1, 1, 1]", "LABOR=[2, 2, 2, 2, 2]");
        assertThat(d.table("by-sector").orElseThrow().protectedCounts()).isFalse();
    }

    @Test
    void demographicCountsGoThroughDisclosureControlAndTheTotalIsTheTotalOfTheShownCells() {
        ParticipationDashboard d = asSystem(() -> dashboards.dashboard(f.initiative));

        DataTable gender = d.table("by-gender").orElseThrow();
        assertThat(gender.protectedCounts()).isTrue();
        // Every answer is listed, empty ones included, "not answered" last, then the total of the shown cells.
        assertThat(gender.rows()).extracting(DataTable.Row::label).containsExactly("WOMAN", "MAN", "NON_BINARY",
                "ANOTHER", "PREFER_NOT_TO_SAY", "", "");
        assertThat(gender.rows().getLast().labelKey()).isEqualTo("analytics.totalOfShown");
        assertThat(gender.rows().get(5).labelKey()).isEqualTo("analytics.notAnswered");
        // By hand (-1: one to four people, always hidden): 5 women registered and approved, fewer later.
        assertProtected(gender, Map.of("WOMAN", new long[] {5, 5, -1, -1, -1}, "MAN", small(), "", small()));
        // Race and ethnicity: several answers per person, each counted in its own cell.
        assertProtected(d.table("by-race-ethnicity").orElseThrow(), Map.of("BLACK_AFRICAN_AMERICAN",
                new long[] {6, 6, -1, -1, -1}, "HISPANIC_LATINO", small(), "", small()));
    }

    private static long[] small() {
        return new long[] {-1, -1, -1, -1, -1};
    }

    /**
     * A protected table against the counts worked out by hand (absent: nobody; -1: one to four people): a cell of
     * fewer than five people is hidden, a larger one is hidden or shown at most 2 from the truth and never below 5
     * (decision 0040), and the last row is the sum of the cells shown.
     */
    private static void assertProtected(DataTable table, Map<String, long[]> byHand) {
        List<DataTable.Row> cells = table.rows().subList(0, table.rows().size() - 1);
        for (int stage = 0; stage < 5; stage++) {
            long shown = 0;
            for (DataTable.Row cell : cells) {
                long truth = byHand.getOrDefault(cell.label(), new long[5])[stage];
                Number value = cell.values().get(stage);
                if (truth < 5) {
                    assertThat(value).as(cell.label() + " at stage " + stage).isNull();
                } else if (value != null) {
                    assertThat(value.longValue()).as(cell.label() + " at stage " + stage)
                            .isBetween(Math.max(5, truth - 2), truth + 2);
                    shown += value.longValue();
                }
            }
            assertThat(table.rows().getLast().values().get(stage).longValue()).isEqualTo(shown);
        }
    }

    @Test
    void peoplePerQuarterAreCountedInTheQuarterTheyFirstReachedEachStep() {
        ParticipationDashboard d = asSystem(() -> dashboards.dashboard(f.initiative));

        assertThat(rows(d.quarters())).containsExactly("2026 Q1=[6, 5, 3, 3, 1]", "2026 Q2=[2, 1, 0, 1, 3]");
    }

    @Test
    void milestonesRecommendationsAndConveningsAreCountedWithoutTheCancelled() {
        ParticipationDashboard d = asSystem(() -> dashboards.dashboard(f.initiative));

        assertThat(rows(d.milestonesByPhase())).containsExactly("Design=[1, 0, 0, 0, 1, 0]", "=[0, 0, 0, 1, 0, 0]");
        assertThat(rows(d.milestonesByWorkgroup())).containsExactly("=[1, 0, 0, 0, 1, 0]", "W=[0, 0, 0, 1, 0, 0]");
        List<String> pipeline = rows(d.recommendations());
        assertThat(pipeline).contains("PUBLISHED=[1, 12, 10, 15]", "IN_REVIEW=[0, null, null, null]");
        assertThat(pipeline.getFirst()).startsWith("DRAFT=[1, ").endsWith(", null, null]");
        assertThat(rows(d.convenings())).containsExactly("2026 Q1=[1, 3, 4, 3]", "2026 Q2=[1, 0, 2, 1]");
        assertThat(rows(d.accommodations())).containsExactly("ASL=[3]", "CHILDCARE=[1]");
    }

    @Test
    void theAttendedStepFollowsLaterCancellationsRemovedCheckInsAndMovedConveningsAtOnce() {
        Authorization.runAsSystem(() -> add(Dimension.COUNTY, List.of("King"), Population.ATTENDEES, "15"));
        // C3 restored: P6 attended it (2026 Q2)
        jdbc.update("update convening set status = 'SCHEDULED' where id = ?", f.convenings[3]);
        ParticipationDashboard restored = asSystem(() -> dashboards.dashboard(f.initiative));
        assertThat(values(restored.funnel()).get(3)).containsExactly(5L);
        assertThat(rows(restored.quarters())).containsExactly("2026 Q1=[6, 5, 3, 3, 1]", "2026 Q2=[2, 1, 0, 2, 3]");
        assertThat(rows(restored.convenings())).containsExactly("2026 Q1=[1, 3, 4, 3]", "2026 Q2=[2, 0, 3, 6]");

        // C1 cancelled: P1's first is now C2 (Q2), P2 and P4 attended nothing left; P5's check-in at C2 removed;
        // C2 moved to July (Q3)
        jdbc.update("update convening set status = 'CANCELLED' where id = ?", f.convenings[1]);
        jdbc.update("delete from attendance where convening_id = ? and person_id = ?", f.convenings[2], f.people[5]);
        jdbc.update("update convening set starts_at = timestamptz '2026-07-01 17:00Z', ends_at = timestamptz"
                + " '2026-07-01 19:00Z' where id = ?", f.convenings[2]);
        ParticipationDashboard d = asSystem(() -> dashboards.dashboard(f.initiative));

        assertThat(values(d.funnel())).containsExactly(List.of(8L), List.of(6L), List.of(3L), List.of(2L), List.of(4L));
        assertThat(rows(d.quarters())).containsExactly("2026 Q1=[6, 5, 3, 0, 1]", "2026 Q2=[2, 1, 0, 1, 3]",
                "2026 Q3=[0, 0, 0, 1, 0]");
        assertThat(rows(d.convenings())).containsExactly("2026 Q2=[1, 0, 1, 5]", "2026 Q3=[1, 0, 1, 1]");
        // King among the attendees: P1 and P6, 2 of 2
        assertThat(d.targets()).extracting(s -> s.population() + "/" + s.actual() + "/" + s.actualPercent() + "/"
                + s.gap()).containsExactly("2/2/100.0/85.0");
        // The summary (migration 0047) is exactly what attendance says, row for row
        String firsts = """
                select c.initiative_id, a.person_id, min(c.starts_at) from attendance a join convening c
                on c.id = a.convening_id where a.person_id is not null and c.status <> 'CANCELLED' group by 1, 2""";
        String stored = "select initiative_id, person_id, first_attended_at from attendance_first";
        assertThat(jdbc.queryForList("(" + firsts + " except " + stored + ") union all (" + stored + " except " + firsts
                + ")")).isEmpty();
        String turnout = "select convening_id, count(*) from attendance group by 1";
        String storedTurnout = "select convening_id, attended from convening_turnout";
        assertThat(jdbc.queryForObject("select count(*) from ((" + turnout + " except " + storedTurnout
                + ") union all (" + storedTurnout + " except " + turnout + ")) x", Long.class))
                .isZero();
    }

    @Test
    void eachTargetShowsTheActualAndTheGapRoundedHalfUpAndADemographicActualIsProtected() {
        Authorization.runAsSystem(() -> {
            add(Dimension.SECTOR, List.of("LABOR_UNION"), Population.STEERING_COMMITTEE, "25");
            add(Dimension.COUNTY, List.of("King"), Population.ATTENDEES, "15");
            add(Dimension.GENDER, List.of("WOMAN"), Population.APPROVED_STAKEHOLDERS, "50");
            add(Dimension.GENDER, List.of("MAN"), Population.APPROVED_STAKEHOLDERS, "40");
            add(Dimension.RACE_ETHNICITY, List.of("BLACK_AFRICAN_AMERICAN", "HISPANIC_LATINO"),
                    Population.APPROVED_STAKEHOLDERS, "90");
            return add(Dimension.ORGANIZATION_TYPE, List.of("LABOR", "BUSINESS"), Population.APPROVED_STAKEHOLDERS, "66.7");
        });

        List<String> statuses = asSystem(() -> targets.statuses(f.initiative)).stream()
                .map(s -> s.population() + "/" + s.actual() + "/" + s.actualPercent() + "/" + s.gap() + "/" + s.met())
                .toList();

        // Women among the approved are 5 by hand: a protected count, hidden or shown at most 2 from the truth.
        assertThat(statuses.get(2)).isIn("6/null/null/null/false", "6/5/83.3/33.3/true", "6/6/100.0/50.0/true",
                "6/7/116.7/66.7/true");
        assertThat(statuses).containsExactly("3/1/33.3/8.3/true", "4/3/75.0/60.0/true", statuses.get(2),
                "6/null/null/null/false",
                // one person naming both categories counts once: 6 of 6, not 7
                "6/6/100.0/10.0/true",
                // 4 of 6 = 66.666… rounds half up to 66.7: the target is met with a gap of 0.0
                "6/4/66.7/0.0/true");
    }

    @Test
    void badInputIsRefusedByItsFieldAndNothingIsStored() {
        assertThat(refusal(null, List.of("King"), Population.ATTENDEES, "10")).isEqualTo("dimension");
        assertThat(refusal(Dimension.COUNTY, List.of(" "), Population.ATTENDEES, "10")).isEqualTo("categories");
        assertThat(refusal(Dimension.COUNTY, List.of("King, Pierce"), Population.ATTENDEES, "10")).isEqualTo("categories");
        assertThat(refusal(Dimension.COUNTY, List.of("King"), null, "10")).isEqualTo("population");
        for (String threshold : new String[] {"0", "-5", "100.1", "12.25"}) {
            assertThat(refusal(Dimension.COUNTY, List.of("King"), Population.ATTENDEES, threshold)).isEqualTo("threshold");
        }
        assertThat(refusal(Dimension.COUNTY, List.of("King"), Population.ATTENDEES, null)).isEqualTo("threshold");
        assertThat(jdbc.queryForObject("select count(*) from representation_target where initiative_id = ?",
                Integer.class, f.initiative)).isZero();
    }

    @Test
    void aStaleChangeIsRefusedAndEveryChangeIsAudited() {
        long id = Authorization.runAsSystem(() -> add(Dimension.COUNTY, List.of("King"), Population.ATTENDEES, "15"));
        Authorization.runAsSystem(() -> {
            targets.change(id, 0, new TargetDraft(Dimension.COUNTY, List.of("King", "Pierce"), Population.ATTENDEES,
                    new BigDecimal("20")));
            return null;
        });
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> {
            targets.change(id, 0, new TargetDraft(Dimension.COUNTY, List.of("Pierce"), Population.ATTENDEES,
                    new BigDecimal("30")));
            return null;
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> Authorization.runAsSystem(() -> {
            targets.remove(id, 0);
            return null;
        })).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select categories || ' ' || threshold_percent from representation_target"
                + " where id = ?", String.class, id)).isEqualTo("King,Pierce 20.00");
        Authorization.runAsSystem(() -> {
            targets.remove(id, 1);
            return null;
        });
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'representation_target'"
                + " and subject_id = ? order by id", String.class, String.valueOf(id))).containsExactly(
                "analytics.targetAdded", "analytics.targetChanged", "analytics.targetRemoved");
    }

    @Test
    void committeeMembersReadButDoNotSetTargetsAndStakeholdersSeeNothing() {
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'STAKEHOLDER')",
                f.initiative, f.people[2]);
        SignIn.as(new Actor(f.people[1], "Person 1", false));
        assertThat(dashboards.dashboard(f.initiative).funnel().rows()).hasSize(5);
        assertThat(targets.statuses(f.initiative)).isEmpty();
        assertThatThrownBy(() -> targets.add(f.initiative, new TargetDraft(Dimension.COUNTY, List.of("King"),
                Population.ATTENDEES, BigDecimal.TEN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.dashboardOfAll()).isInstanceOf(AccessDeniedException.class);
        SignIn.as(new Actor(f.people[2], "Person 2", false));
        assertThatThrownBy(() -> dashboards.dashboard(f.initiative)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCsvOfAProtectedTableWritesSuppressedCountsAsFewerThanFive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asSystem(() -> {
            dashboards.csv(f.initiative, "by-gender", Function.identity(), out);
            return null;
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF"); // as every CSV of Convene: spreadsheets then read it as UTF-8
        // The CSV writes the page's protected numbers, a hidden one as "<5".
        List<String> expected = new ArrayList<>(List.of("analytics.by.GENDER,analytics.stage.REGISTERED,"
                + "analytics.stage.APPROVED,analytics.stage.IN_WORKGROUP,analytics.stage.ATTENDED,analytics.stage.CONTRIBUTED"));
        for (DataTable.Row row : asSystem(() -> dashboards.dashboard(f.initiative)).table("by-gender").orElseThrow().rows()) {
            expected.add(row.labelKey() + "," + String.join(",", row.values().stream()
                    .map(v -> v == null ? "<5" : v.toString()).toList()));
        }
        assertThat(expected).contains("demographics.gender.MAN,<5,<5,<5,<5,<5",
                "analytics.notAnswered,<5,<5,<5,<5,<5");
        assertThat(csv.substring(1).lines().toList()).containsExactlyElementsOf(expected);
    }

    @Autowired
    QuarterlyReport report;

    @Test
    void theQuarterlyReportIsOnePageThatPdfBoxReadsBack() throws Exception {
        Authorization.runAsSystem(() -> add(Dimension.SECTOR, List.of("LABOR_UNION"), Population.STEERING_COMMITTEE, "25"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asSystem(() -> {
            report.write(f.initiative, "Funnel", java.time.LocalDate.of(2026, 6, 30), java.util.Locale.ENGLISH,
                    (key, params) -> key + (params.length == 0 ? "" : Arrays.toString(params)), out);
            return null;
        });
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(app.convene.support.PdfStructure.tagged(pdf)).extracting(t -> t.path() + ": " + t.text())
                    .containsSubsequence("Document/H1: analytics.report.title", "Document/P: Funnel · 2026 Q2 · 2026-06-30",
                            "Document/Sect/H2: analytics.funnel", "Document/Sect/H2: analytics.targets",
                            "Document/Sect/P: recommendation.status.PUBLISHED: 1");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("analytics.report.title", "Funnel · 2026 Q2 · 2026-06-30",
                    "analytics.stage.REGISTERED: 8 · analytics.report.newIn[2026 Q2, 2]",
                    "analytics.stage.CONTRIBUTED: 4 · analytics.report.newIn[2026 Q2, 3]",
                    "analytics.report.target[25.0, 33.3, 8.3]",
                    "recommendation.status.PUBLISHED: 1",
                    "analytics.report.convenings[2026 Q2, 1, 0, 2, 1]");
        }
    }

    private long add(Dimension dimension, List<String> categories, Population population, String threshold) {
        return targets.add(f.initiative, new TargetDraft(dimension, categories, population, new BigDecimal(threshold)));
    }

    private String refusal(Dimension dimension, List<String> categories, Population population, String threshold) {
        try {
            Authorization.runAsSystem(() -> targets.add(f.initiative, new TargetDraft(dimension, categories, population,
                    threshold == null ? null : new BigDecimal(threshold))));
            return "accepted";
        } catch (ValidationError e) {
            return e.field();
        }
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return Authorization.runAsSystem(work);
    }

    private static List<List<Number>> values(DataTable table) {
        return table.rows().stream().map(DataTable.Row::values).toList();
    }

    private static List<String> rows(DataTable table) {
        List<String> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(r.label() + "=" + Arrays.toString(r.values().toArray())));
        return rows;
    }
}
