package app.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.convene.initiatives.InitiativeDetails;
import app.convene.initiatives.InitiativeService;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.PartnerRole;
import app.convene.stakeholders.PartnerItem;
import app.convene.support.ConveneTest;
import app.convene.support.TableCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** On the embedded database the four coalitions of the brief are there, as their texts describe them. */
@ConveneTest
class DemoContentTest {

    @Autowired
    DemoContentLoader loader;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcTemplate jdbc;

    /** The demo's coalitions; tests sharing this database add initiatives of their own. */
    private static final String DEMO = "('equity-at-work', 'good-jobs-equity-project', "
            + "'puget-sound-workforce-intermediary', 'worker-equity-initiative')";

    @Test
    void loadingAgainChangesNothing() {
        Map<String, Integer> before = TableCounts.of(jdbc);
        assertThat(jdbc.queryForObject("select count(*) from initiative where slug in " + DEMO, Integer.class))
                .isEqualTo(4);

        assertThat(loader.load()).isZero();
        assertThat(loader.load()).isZero();

        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void equityAtWorkHasFiveGoalsAndItsFoundingPartners() {
        InitiativeDetails atlanta = initiatives.findPublicBySlug("equity-at-work").orElseThrow();
        assertThat(atlanta.goals()).extracting(InitiativeDetails.Goal::title).containsExactly(
                "Policy & Practice", "Outcomes Metrics", "Quality Training", "Youth Transition", "Employer Engagement");
        assertThat(atlanta.mission()).startsWith("We seek to advance economic mobility");
        List<PartnerItem> partners = partners(atlanta.id());
        assertThat(partners).filteredOn(p -> p.role() == PartnerRole.FOUNDING_PARTNER).extracting(PartnerItem::name)
                .containsExactly("Arthur M. Blank Family Foundation", "Atlanta Regional Commission",
                        "Community Foundation of Greater Atlanta", "Federal Reserve Bank of Atlanta",
                        "Metro Atlanta Chamber", "United Way of Greater Atlanta");
        assertThat(partners.getFirst()).extracting(PartnerItem::name, PartnerItem::role)
                .containsExactly("CareerRise", PartnerRole.LEAD);
        assertThat(atlanta.phases()).extracting(InitiativeDetails.PhaseInfo::start)
                .contains(LocalDate.of(2020, 3, 4), LocalDate.of(2024, 1, 1));
    }

    @Test
    void everyCoalitionHasSpanishVisionMissionAndGoalTitlesAndMeetsInItsOwnTimeZone() {
        assertThat(jdbc.queryForList("select slug || ' ' || time_zone from initiative where slug in " + DEMO
                + " order by slug", String.class))
                .containsExactly("equity-at-work America/New_York", "good-jobs-equity-project America/New_York",
                        "puget-sound-workforce-intermediary America/Los_Angeles",
                        "worker-equity-initiative America/Los_Angeles");
        assertThat(jdbc.queryForObject("select count(*) from initiative where slug in " + DEMO
                + " and (vision_translation is null or mission_translation is null)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from strategic_goal g join initiative i on i.id = g.initiative_id"
                + " where i.slug in " + DEMO + " and g.title_translation is null", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select title_translation from strategic_goal where title = 'Youth Transition'",
                String.class)).isEqualTo("Transición de los jóvenes");
    }

    @Test
    void goodJobsProjectHasTwentyJurisdictionsWithTheirOfficesAndTwoPhases() {
        InitiativeDetails project = initiatives.findPublicBySlug("good-jobs-equity-project").orElseThrow();
        List<PartnerItem> cohort = partners(project.id()).stream()
                .filter(p -> p.role() == PartnerRole.COHORT_MEMBER).toList();
        assertThat(cohort).hasSize(20).allMatch(p -> p.parentName() != null);
        assertThat(cohort).extracting(PartnerItem::displayName)
                .contains("City of Atlanta (GA) — Invest Atlanta", "King County (WA) — Department of Community and Human Services");
        assertThat(project.phases()).extracting(InitiativeDetails.PhaseInfo::start, InitiativeDetails.PhaseInfo::end)
                .containsExactly(tuple(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 11, 30)),
                        tuple(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 31)));
    }

    @Test
    void workerEquityInitiativeHasItsThreePhases() {
        InitiativeDetails wei = initiatives.findPublicBySlug("worker-equity-initiative").orElseThrow();
        assertThat(wei.phases()).extracting(InitiativeDetails.PhaseInfo::start, InitiativeDetails.PhaseInfo::end)
                .containsExactly(tuple(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 3, 31)),
                        tuple(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31)),
                        tuple(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 12, 31)));
        assertThat(partners(wei.id())).extracting(PartnerItem::name)
                .contains("California Labor and Workforce Development Agency (LWDA)", "National Skills Coalition");
    }

    @Test
    void pugetSoundHasVisionMissionAndFourGoalsWithTheirStrategies() {
        InitiativeDetails puget = initiatives.findPublicBySlug("puget-sound-workforce-intermediary").orElseThrow();
        assertThat(puget.vision()).isEqualTo(
                "All people in this region, regardless of race or ethnicity, share in its economic prosperity.");
        assertThat(puget.mission()).startsWith("We catalyze system change in the Puget Sound region");
        assertThat(puget.goals()).extracting(InitiativeDetails.Goal::title, g -> g.strategies().size())
                .containsExactly(tuple("Equal Economic Mobility", 4), tuple("Systems Change and Advocacy", 3),
                        tuple("Industry Strategy", 3), tuple("Innovation", 3));
        assertThat(partners(puget.id())).extracting(PartnerItem::county).contains("Snohomish County", "Pierce County");
    }

    @Test
    void demoStakeholdersFillTheDirectoryAndTheQueue() {
        String statusOf = """
                select r.status from registration r join initiative i on i.id = r.initiative_id
                where i.slug = ? and r.email_key = ?""";
        assertThat(jdbc.queryForObject(statusOf, String.class, "equity-at-work", "denise.holloway@example.org"))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject(statusOf, String.class, "equity-at-work", "luis.ortega@example.org"))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(statusOf, String.class, "worker-equity-initiative", "jorge.ramirez@example.org"))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("""
                select count(*) from registration where source = 'IMPORT' and email_key like '%@example.org'
                and email_key in ('jordan.ellis@example.org', 'sam.chen@example.org', 'grace.kim@example.org')""",
                Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from registration where (race_ethnicity is not null or gender is not null)
                and email_key in ('luis.ortega@example.org', 'aisha.robinson@example.org', 'denise.holloway@example.org',
                                  'jorge.ramirez@example.org', 'priya.nair@example.org')""", Integer.class))
                .as("demo content invents no demographics").isZero();
    }

    @Test
    void organizationsNamedByTwoCoalitionsAreOneRecord() {
        Integer kingCounty = jdbc.queryForObject(
                "select count(*) from organization where lower(name) = lower('King County (WA)')", Integer.class);
        assertThat(kingCounty).isEqualTo(1);
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }

    private List<PartnerItem> partners(long initiativeId) {
        return organizations.partnersOf(initiativeId, PageRequest.of(0, 100)).getContent();
    }

    @Test
    void workerEquityInitiativeHasItsRecommendationsReportWithRevisionsAndAPublishedPrinciple() {
        long wei = initiatives.findPublicBySlug("worker-equity-initiative").orElseThrow().id();
        assertThat(jdbc.queryForList("select title from report where initiative_id = ?", String.class, wei))
                .containsExactly("Recommendations for Advancing Worker and Racial Equity in the Public Workforce System");
        assertThat(jdbc.queryForList("""
                select distinct author_name from recommendation_revision v join recommendation r on r.id = v.recommendation_id
                where r.initiative_id = ? order by 1""", String.class, wei)).containsExactly("Daniel Okafor", "Lucía Hernández");
        assertThat(jdbc.queryForList("select status from recommendation where initiative_id = ? order by id", String.class, wei))
                .containsExactly("PUBLISHED", "APPROVED", "DRAFT", "DRAFT");
        assertThat(jdbc.queryForObject("""
                select count(*) from decision_round d join recommendation r on r.id = d.recommendation_id
                where r.initiative_id = ? and d.state = 'CLOSED' and d.result = 'APPROVED'
                  and d.revision_number = r.revision_count""", Integer.class, wei)).isEqualTo(2);
    }

    @Test
    void theRecommendationsRecordIsDatedInTheCoalitionsOwnTimeNotOnTheDayTheDemoLoaded() {
        long wei = initiatives.findPublicBySlug("worker-equity-initiative").orElseThrow().id();
        List<Map<String, Object>> revisions = jdbc.queryForList("""
                select v.created_at from recommendation_revision v join recommendation r on r.id = v.recommendation_id
                where r.initiative_id = ?""", wei);
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(5).allSatisfy(row -> assertThat(
                instant(row.get("created_at"))).isBetween(
                java.time.Instant.parse("2021-09-01T00:00:00Z"), java.time.Instant.parse("2022-01-01T00:00:00Z")));
        assertThat(jdbc.queryForList("""
                select d.opened_at, d.closed_at from decision_round d
                join recommendation r on r.id = d.recommendation_id where r.initiative_id = ?""", wei))
                .isNotEmpty().allSatisfy(row -> {
                    assertThat(instant(row.get("opened_at")))
                            .isEqualTo(java.time.Instant.parse("2021-11-04T16:00:00Z"));
                    assertThat(instant(row.get("closed_at")))
                            .isEqualTo(java.time.Instant.parse("2021-11-12T01:00:00Z"));
                });
    }

    @Test
    void everyCoalitionHasACoordinatorAmongTheDemoAccounts() {
        assertThat(jdbc.queryForList("""
                select i.slug from initiative i where not exists (select 1 from initiative_role ir
                where ir.initiative_id = i.id and ir.role = 'COORDINATOR') and i.slug in """ + DEMO, String.class))
                .containsExactly("puget-sound-workforce-intermediary");
        assertThat(jdbc.queryForObject("""
                select p.display_name from initiative_role ir join person p on p.id = ir.person_id
                join initiative i on i.id = ir.initiative_id
                where i.slug = 'good-jobs-equity-project' and ir.role = 'COORDINATOR'""", String.class))
                .isEqualTo("Tomás Reyes");
    }

    @Test
    void workerEquitySteeringCommitteeDrawsFromEachKindOfOrganizationTheTextNames() {
        long wei = initiatives.findPublicBySlug("worker-equity-initiative").orElseThrow().id();
        List<PartnerItem> committee = partners(wei).stream().filter(p -> p.role() == PartnerRole.STEERING_COMMITTEE).toList();
        assertThat(committee).allMatch(p -> p.name().endsWith("(example)"));
        assertThat(jdbc.queryForList("""
                select distinct o.sector from initiative_partner ip join organization o on o.id = ip.organization_id
                where ip.initiative_id = ? and ip.role = 'STEERING_COMMITTEE'""", String.class, wei))
                .contains("WORKER_CENTER", "TRAINING_PROVIDER", "LABOR_UNION", "LABOR_MANAGEMENT_PARTNERSHIP", "WORKFORCE_BOARD");
        assertThat(jdbc.queryForList("""
                select o.name from registration r join organization o on o.id = r.organization_id
                where r.initiative_id = ? and r.email_key in ('daniel.okafor@example.org', 'lucia.hernandez@example.org')
                order by r.email_key""", String.class, wei))
                .containsExactly("Golden State Worker Center (example)", "Hospitality and Service Workers Union Local 2 (example)");
    }

    @Test
    void pugetSoundsTriCountyPartnershipHasALeadAndKingCountyAndItsPlanHasPhases() {
        InitiativeDetails puget = initiatives.findPublicBySlug("puget-sound-workforce-intermediary").orElseThrow();
        assertThat(partners(puget.id())).extracting(PartnerItem::county)
                .contains("King County", "Snohomish County", "Pierce County");
        assertThat(partners(puget.id())).filteredOn(p -> p.role() == PartnerRole.LEAD).hasSize(1);
        assertThat(puget.phases()).hasSize(3);
    }

    @Test
    void theCoalitionsConveningsAreThereInTheirOwnTimeZones() {
        assertThat(jdbc.queryForObject("""
                select to_char(c.starts_at at time zone 'America/New_York', 'YYYY-MM-DD HH24:MI') || ' ' || c.format
                from convening c join initiative i on i.id = c.initiative_id
                where i.slug = 'equity-at-work' and c.kind = 'KICKOFF' and c.starts_at < '2021-01-01'""", String.class))
                .isEqualTo("2020-03-04 09:00 IN_PERSON");
        assertThat(jdbc.queryForObject("""
                select count(*) from convening c join initiative i on i.id = c.initiative_id
                where i.slug = 'equity-at-work' and c.starts_at > now() and c.visibility = 'PUBLIC'
                  and c.title like 'Re-engagement convening%'""", Integer.class))
                .as("the re-engagement convening is upcoming").isEqualTo(1);
        assertThat(jdbc.queryForList("""
                select to_char(c.starts_at at time zone 'America/New_York', 'YYYY-MM-DD HH24:MI') || '-'
                       || to_char(c.ends_at at time zone 'America/New_York', 'HH24:MI')
                from convening c join convening_series s on s.id = c.series_id join initiative i on i.id = c.initiative_id
                where i.slug = 'good-jobs-equity-project' order by c.starts_at""", String.class))
                .hasSize(6).first().isEqualTo("2022-06-15 14:00-15:30");
        assertThat(jdbc.queryForObject("""
                select count(*) from agenda_item a join convening c on c.id = a.convening_id
                join initiative i on i.id = c.initiative_id
                where i.slug = 'good-jobs-equity-project' and c.series_id is not null
                  and a.pre_work_url like 'https://%'""", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("""
                select c.visibility from convening c join initiative i on i.id = c.initiative_id
                where i.slug = 'worker-equity-initiative' and c.kind = 'COMMITTEE_MEETING'""", String.class))
                .isEqualTo("COMMITTEE");
    }

    @Test
    void theWorkerEquitySteeringCommitteeMeetingHasApprovedMinutesWithAnActionItemOfItsWorkgroup() {
        assertThat(jdbc.queryForObject("""
                select m.status || '|' || v.number || '|' || p.display_name || '|' || to_char(v.approved_at, 'YYYY-MM-DD')
                from convening_minutes m join minutes_version v on v.minutes_id = m.id
                join person p on p.id = v.approved_by join convening c on c.id = m.convening_id
                join initiative i on i.id = c.initiative_id
                where i.slug = 'worker-equity-initiative' and c.kind = 'COMMITTEE_MEETING'""", String.class))
                .isEqualTo("APPROVED|1|Maya Thompson|2021-02-19");
        assertThat(jdbc.queryForObject("""
                select w.name || '|' || n.kind || '|' || n.title from minutes_action a
                join workgroup_note n on n.id = a.workgroup_note_id join workgroup w on w.id = n.workgroup_id""",
                String.class)).isEqualTo("Strategic recommendations to LWDA|ACTION|"
                + "Circulate the amended research questions to the steering committee");
    }
}
