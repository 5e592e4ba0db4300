package app.convene.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.SignIn;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17: a milestone at risk or blocked is a MILESTONE notice for its owners (the owner person, the leads of the
 * owning workgroup), never for the person who changed it, and an internal one only for owners who may see it.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=timeline")
class MilestoneNoticesTest {

    @Autowired
    MilestoneService milestones;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeftNotices left;

    long atlanta;
    long youth;
    long sam;
    long casey;
    long maya;

    @BeforeEach
    void find() {
        atlanta = fixtures.initiativeId("equity-at-work");
        youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
        sam = fixtures.personId("Sam Chen");
        casey = fixtures.personId("Casey Morgan");
        maya = fixtures.personId("Maya Thompson");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long add(String title, boolean isPublic) {
        return Authorization.runAsSystem(() -> milestones.save(atlanta, null, null, new MilestoneDraft(title, null, null,
                youth, casey, LocalDate.now(), LocalDate.now().plusMonths(2), MilestoneStatus.PLANNED, Set.of(),
                isPublic)).id());
    }

    long version(long id) {
        return jdbc.queryForObject("select version from milestone where id = ?", Long.class, id);
    }

    @Test
    void atRiskReachesTheOwnerAndTheWorkgroupsLeadsButNotWhoeverMarkedIt() {
        long id = add("Employer pledges", true);
        long before = left.last();
        SignIn.as(new Actor(maya, "Maya Thompson", false));
        milestones.updateStatus(id, version(id), MilestoneStatus.AT_RISK, "Two employers pulled out");

        assertThat(left.since(before)).extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::key,
                        LeftNotices.Row::initiativeId, LeftNotices.Row::link)
                .containsExactlyInAnyOrder(
                        tuple(casey, "MILESTONE", "notice.milestoneAtRisk", atlanta, "initiatives/equity-at-work/timeline"),
                        tuple(sam, "MILESTONE", "notice.milestoneAtRisk", atlanta, "initiatives/equity-at-work/timeline"));

        before = left.last();
        SignIn.as(new Actor(sam, "Sam Chen", false));
        milestones.updateStatus(id, version(id), MilestoneStatus.BLOCKED, "Waiting for the county");
        assertThat(left.receivers(before, "notice.milestoneBlocked")).as("the lead changed it").containsExactly(casey);

        before = left.last();
        milestones.updateStatus(id, version(id), MilestoneStatus.BLOCKED, "Still waiting");
        milestones.updateStatus(id, version(id), MilestoneStatus.IN_PROGRESS, "Moving again");
        assertThat(left.since(before)).as("no new risk: no notice").isEmpty();
    }

    @Test
    void anInternalMilestoneIsNotToldToAnOwnerWhoNoLongerSeesInternalMilestones() {
        long id = add("Internal budget check", false);
        String role = jdbc.queryForObject("select role from initiative_role where person_id = ? and initiative_id = ?",
                String.class, casey, atlanta);
        jdbc.update("delete from initiative_role where person_id = ? and initiative_id = ?", casey, atlanta);
        try {
            long before = left.last();
            SignIn.as(new Actor(maya, "Maya Thompson", false));
            milestones.updateStatus(id, version(id), MilestoneStatus.AT_RISK, null);
            assertThat(left.receivers(before, "notice.milestoneAtRisk")).containsExactly(sam);
        } finally {
            jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, ?)", atlanta, casey,
                    role);
        }
    }

    @Test
    void aMilestoneSavedAtRiskTellsItsOwners() {
        long id = add("Youth fair", true);
        long before = left.last();
        SignIn.as(new Actor(maya, "Maya Thompson", false));
        milestones.save(atlanta, id, version(id), new MilestoneDraft("Youth fair", null, null, youth, casey,
                LocalDate.now(), LocalDate.now().plusMonths(2), MilestoneStatus.AT_RISK, Set.of(), true));
        assertThat(left.receivers(before, "notice.milestoneAtRisk")).containsExactlyInAnyOrder(sam, casey);
    }
}
