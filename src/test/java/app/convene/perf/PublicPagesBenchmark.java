package app.convene.perf;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeService;
import app.convene.initiatives.NewInitiative;
import app.convene.security.Authorization;
import app.convene.stakeholders.NewOrganization;
import app.convene.stakeholders.OrganizationService;
import app.convene.stakeholders.OrganizationType;
import app.convene.stakeholders.PartnerRole;
import app.convene.stakeholders.Sector;
import app.convene.support.ConveneTest;
import app.convene.support.Perf;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Public pages at a scale well past the demo: 1,000 initiatives, one of them with 10,000 partner
 * organizations. Prints the server-side time of what the home and initiative pages read.
 */
@Tag("perf")
@ConveneTest
@TestPropertySource(properties = "convene.demo.enabled=false")
class PublicPagesBenchmark {

    static final int INITIATIVES = 1_000;
    static final int PARTNERS = 10_000;

    @Autowired
    InitiativeService initiatives;
    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publicPagesAtScale() {
        List<NewInitiative.GoalDraft> goals = List.of(
                new NewInitiative.GoalDraft("Goal A", "Description", List.of("Strategy 1", "Strategy 2")),
                new NewInitiative.GoalDraft("Goal B", "Description", List.of("Strategy 3")));
        List<NewInitiative.PhaseDraft> phases = List.of(
                new NewInitiative.PhaseDraft("Phase 1", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        Authorization.runAsSystem(() -> {
            for (int i = 0; i < INITIATIVES; i++) {
                initiatives.create(new NewInitiative("initiative-" + i, "Initiative " + i, "Region " + (i % 50),
                        "Summary", "Vision", "Mission", goals, phases));
            }
            return null;
        });
        long big = initiatives.findPublicBySlug("initiative-0").orElseThrow().id();
        // Organizations and partnerships in bulk through SQL: the benchmark measures reading, not loading.
        jdbc.update("""
                insert into organization (name, type, sector, county, region)
                select 'Partner organization ' || g, 'NONPROFIT', 'OTHER', 'County ' || (g % 40), 'Region'
                from generate_series(1, ?) g""", PARTNERS);
        jdbc.update("""
                insert into initiative_partner (initiative_id, organization_id, role, position)
                select ?, o.id, 'COHORT_MEMBER', row_number() over (order by o.id) from organization o
                where o.name like 'Partner organization %'""", big);
        jdbc.execute("analyze");
        assertThat(organizations.countPartners(big)).isEqualTo(PARTNERS);

        Perf.report("home_first_page", Perf.medianMillis(20, 200,
                () -> initiatives.listPublic(PageRequest.of(0, 12))), "ms");
        Perf.report("home_page_50", Perf.medianMillis(20, 200,
                () -> initiatives.listPublic(PageRequest.of(50, 12))), "ms");
        Perf.report("initiative_details", Perf.medianMillis(20, 200,
                () -> initiatives.findPublicBySlug("initiative-500").orElseThrow()), "ms");
        Perf.report("partners_first_page_of_10k", Perf.medianMillis(20, 200,
                () -> organizations.partnersOf(big, PageRequest.of(0, 12))), "ms");
        Perf.report("partners_last_page_of_10k", Perf.medianMillis(20, 200,
                () -> organizations.partnersOf(big, PageRequest.of(PARTNERS / 12, 12))), "ms");
    }
}
