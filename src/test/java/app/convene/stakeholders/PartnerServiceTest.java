package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.InitiativeRole;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14, partners: roles, since and until, removal, and the public list's groups (on PostgreSQL). */
@ConveneTest
// Creates initiatives: a database of its own, so pages that list the demo coalitions see only those.
@org.springframework.test.context.TestPropertySource(properties = "convene.test.database=partners")
class PartnerServiceTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    SmallInitiatives small;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;

    @BeforeEach
    void coordinatorOfANewInitiative() {
        initiative = small.initiative();
        Actor coordinator = small.withRole(initiative, InitiativeRole.COORDINATOR, "Partner Coordinator");
        SignIn.as(coordinator);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long organization(String name, Long parent, String county) {
        return organizations.findOrCreate(new NewOrganization(name + " " + UUID.randomUUID().toString().substring(0, 6),
                parent, OrganizationType.NONPROFIT, Sector.OTHER, county, "Region"));
    }

    private List<PartnerItem> partners() {
        return organizations.partnersOf(initiative, PageRequest.of(0, 50)).getContent();
    }

    @Test
    void everyRoleTheIssueNamesCanBeGivenWithSinceAndUntilAndIsAudited() {
        List<PartnerRole> roles = List.of(PartnerRole.FOUNDING_PARTNER, PartnerRole.FUNDER, PartnerRole.COHORT_MEMBER,
                PartnerRole.FACILITATOR, PartnerRole.STEERING_COMMITTEE, PartnerRole.OTHER);
        for (PartnerRole role : roles) {
            assertThat(organizations.addPartner(initiative, organization("Org", null, null), role,
                    LocalDate.of(2024, 1, 1), role == PartnerRole.FUNDER ? LocalDate.of(2026, 6, 30) : null)).isTrue();
        }

        assertThat(partners()).extracting(PartnerItem::role).containsExactlyElementsOf(roles);
        PartnerItem funder = partners().get(1);
        assertThat(funder.since()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(funder.until()).isEqualTo(LocalDate.of(2026, 6, 30));
        Map<String, Object> audit = jdbc.queryForMap("""
                select actor_label, before_state, after_state from audit_event
                where action = 'partner.added' and subject_id = ?""", String.valueOf(funder.partnershipId()));
        assertThat(audit.get("actor_label")).asString().startsWith("Partner Coordinator");
        assertThat(audit.get("before_state")).isNull();
        assertThat(audit.get("after_state")).asString().contains(funder.name() + " as FUNDER", "since 2024-01-01",
                "until 2026-06-30");
    }

    @Test
    void anEndBeforeTheStartIsRefusedByItsFieldAndNothingIsStored() {
        long organization = organization("Dated", null, null);

        assertThatThrownBy(() -> organizations.addPartner(initiative, organization, PartnerRole.FUNDER,
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
                .isInstanceOfSatisfying(ValidationError.class, e -> {
                    assertThat(e.field()).isEqualTo("until");
                    assertThat(e.messageKey()).isEqualTo("partners.error.until");
                });

        assertThat(partners()).isEmpty();
        assertThat(organizations.addPartner(initiative, organization, PartnerRole.FUNDER, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1))).as("one day is a valid span").isTrue();
    }

    @Test
    void theSameOrganizationInTheSameRoleIsAddedOnce() {
        long organization = organization("Twice", null, null);
        assertThat(organizations.addPartner(initiative, organization, PartnerRole.FUNDER, null, null)).isTrue();
        assertThat(organizations.addPartner(initiative, organization, PartnerRole.FUNDER, null, null)).isFalse();
        assertThat(organizations.addPartner(initiative, organization, PartnerRole.FACILITATOR, null, null)).isTrue();
        assertThat(partners()).hasSize(2);
    }

    @Test
    void removingAPartnerIsAuditedWithWhatItWasAndTheOrganizationStays() {
        long organization = organization("Leaving", null, null);
        organizations.addPartner(initiative, organization, PartnerRole.COHORT_MEMBER, LocalDate.of(2023, 5, 1), null);
        PartnerItem partner = partners().getFirst();

        organizations.removePartner(partner.partnershipId());

        assertThat(partners()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class, organization))
                .isOne();
        Map<String, Object> audit = jdbc.queryForMap("""
                select initiative_id, before_state, after_state from audit_event
                where action = 'partner.removed' and subject_id = ?""", String.valueOf(partner.partnershipId()));
        assertThat(audit.get("initiative_id")).isEqualTo(initiative);
        assertThat(audit.get("before_state")).asString().contains(partner.name() + " as COHORT_MEMBER", "since 2023-05-01");
        assertThat(audit.get("after_state")).isNull();
    }

    @Test
    void aCoordinatorOfAnotherInitiativeCannotRemoveItsPartners() {
        organizations.addPartner(initiative, organization("Kept", null, null), PartnerRole.FUNDER, null, null);
        long partnership = partners().getFirst().partnershipId();
        long other = small.initiative();
        SignIn.as(small.withRole(other, InitiativeRole.COORDINATOR, "Other Coordinator"));

        assertThatThrownBy(() -> organizations.removePartner(partnership))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from initiative_partner where id = ?", Integer.class, partnership))
                .isOne();
    }

    @Test
    void thePublicListIsGroupedByRoleAndByCountyWhenTheInitiativeSaysSo() {
        long lead = organization("Lead", null, "King County");
        long city = organization("City", null, "Pierce County");
        long office = organization("Office", city, null); // its county is its parent's
        long statewide = organization("Statewide", null, null);
        long funder = organization("Funder", null, "King County");
        organizations.addPartner(initiative, office, PartnerRole.COHORT_MEMBER, null, null);
        organizations.addPartner(initiative, lead, PartnerRole.LEAD, null, null);
        organizations.addPartner(initiative, statewide, PartnerRole.COHORT_MEMBER, null, null);
        organizations.addPartner(initiative, funder, PartnerRole.FUNDER, null, null);

        assertThat(organizations.partnersByCounty(initiative)).isFalse();
        assertThat(organizations.partnerGroups(initiative)).containsExactly(
                new PartnerGroup(null, PartnerRole.LEAD, 1), new PartnerGroup(null, PartnerRole.FUNDER, 1),
                new PartnerGroup(null, PartnerRole.COHORT_MEMBER, 2));
        assertThat(organizations.partnersIn(initiative, new PartnerGroup(null, PartnerRole.COHORT_MEMBER, 2),
                PageRequest.of(0, 10))).extracting(PartnerItem::organizationId).containsExactly(office, statewide);

        organizations.groupPartnersByCounty(initiative, true);

        List<PartnerGroup> groups = organizations.partnerGroups(initiative);
        assertThat(groups).containsExactly(
                new PartnerGroup("King County", PartnerRole.LEAD, 1), new PartnerGroup("King County", PartnerRole.FUNDER, 1),
                new PartnerGroup("Pierce County", PartnerRole.COHORT_MEMBER, 1),
                new PartnerGroup(null, PartnerRole.COHORT_MEMBER, 1));
        assertThat(organizations.partnersIn(initiative, groups.get(2), PageRequest.of(0, 10)))
                .extracting(PartnerItem::organizationId).containsExactly(office);
        assertThat(organizations.partnersIn(initiative, groups.get(3), PageRequest.of(0, 10)))
                .extracting(PartnerItem::organizationId).containsExactly(statewide);
        assertThat(jdbc.queryForObject("""
                select after_state from audit_event where action = 'partner.grouping' and initiative_id = ?""",
                String.class, initiative)).isEqualTo("byCounty=true");
    }

    @Test
    void thePugetSoundTriCountyCoalitionGroupsItsPartnersByCounty() {
        assertThat(organizations.partnersByCounty(fixtures.initiativeId("puget-sound-workforce-intermediary"))).isTrue();
        assertThat(organizations.partnersByCounty(fixtures.initiativeId("equity-at-work"))).isFalse();
        assertThat(organizations.partnerGroups(fixtures.initiativeId("puget-sound-workforce-intermediary")))
                .extracting(PartnerGroup::county)
                .containsExactly("King County", "King County", "Pierce County", "Snohomish County", null);
    }
}
