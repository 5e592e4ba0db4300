package app.convene.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, part links: a resource linked to goals, workgroups, convenings and recommendations of its own initiative
 * by the curators only, audited; readers see a link or a related resource only when they may see both ends.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library", "convene.library.max-upload=64KB",
        "convene.library.files=target/test-library-files"})
class ResourceLinkServiceTest {

    @Autowired
    ResourceService resources;
    @Autowired
    ResourceLinkService links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    LinkFixture f;
    long initiative;
    Actor coordinator;
    Actor committee;
    Actor stakeholder;
    long workgroup;
    Actor lead;
    String unique;

    @BeforeEach
    void people() {
        initiative = fixtures.initiativeId("equity-at-work");
        f = new LinkFixture(jdbc, new LibraryFixture(jdbc, initiative));
        coordinator = f.library().withRole("Cora Coordinator", "COORDINATOR");
        committee = f.library().withRole("Cam Committee", "COMMITTEE_MEMBER");
        stakeholder = f.library().withRole("Sam Stakeholder", "STAKEHOLDER");
        workgroup = f.library().workgroup("Procurement");
        lead = f.library().inWorkgroup("Lee Lead", workgroup, "LEAD");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long resource(Actor by, String title, ResourceVisibility visibility, Long inWorkgroup) {
        SignIn.as(by);
        return resources.addLink(initiative, new ResourceDraft(title + " " + unique, null, ResourceType.TOOL,
                ResourceLanguage.EN, visibility, inWorkgroup, "https://example.org/" + unique));
    }

    @Test
    void aCoordinatorLinksEachKindOfTargetOfTheInitiativeAndEachLinkIsAudited() {
        long resource = resource(coordinator, "Wage toolkit", ResourceVisibility.PUBLIC, null);
        long goal = f.goal(initiative, "Fair wages " + unique);
        long convening = f.convening(initiative, "Kickoff " + unique, "PUBLIC");
        long recommendation = f.recommendation(initiative, "Raise the floor " + unique);

        assertThat(links.options(resource)).extracting(LinkTarget::name)
                .contains("Fair wages " + unique, "Kickoff " + unique, "Raise the floor " + unique);
        links.link(resource, LinkKind.GOAL, goal);
        links.link(resource, LinkKind.WORKGROUP, workgroup);
        links.link(resource, LinkKind.CONVENING, convening);
        links.link(resource, LinkKind.RECOMMENDATION, recommendation);
        links.link(resource, LinkKind.GOAL, goal); // twice: still one link, one audit entry

        assertThat(links.links(resource)).extracting(LinkTarget::kind, LinkTarget::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LinkKind.GOAL, goal),
                org.assertj.core.groups.Tuple.tuple(LinkKind.WORKGROUP, workgroup),
                org.assertj.core.groups.Tuple.tuple(LinkKind.CONVENING, convening),
                org.assertj.core.groups.Tuple.tuple(LinkKind.RECOMMENDATION, recommendation));
        assertThat(links.options(resource)).extracting(LinkTarget::name)
                .doesNotContain("Fair wages " + unique, "Kickoff " + unique, "Raise the floor " + unique);
        assertThat(f.audited(resource, "library.linked")).isEqualTo(4);
        assertThat(links.linkedTo(LinkKind.CONVENING, convening)).extracting(LinkedResource::id).containsExactly(resource);

        links.unlink(resource, LinkKind.CONVENING, convening);
        links.unlink(resource, LinkKind.CONVENING, convening);
        assertThat(links.links(resource)).extracting(LinkTarget::kind).doesNotContain(LinkKind.CONVENING);
        assertThat(links.linkedTo(LinkKind.CONVENING, convening)).isEmpty();
        assertThat(f.audited(resource, "library.unlinked")).isEqualTo(1);
    }

    @Test
    void aTargetOfAnotherInitiativeARetiredGoalOrNoneAtAllIsRefused() {
        long resource = resource(coordinator, "Scheduling guide", ResourceVisibility.PUBLIC, null);
        long other = fixtures.initiativeId("worker-equity-initiative");
        long foreignGoal = f.goal(other, "Elsewhere " + unique);
        long foreignConvening = f.convening(other, "Elsewhere " + unique, "PUBLIC");
        long retired = f.goal(initiative, "Retired " + unique);
        jdbc.update("update strategic_goal set retired = true where id = ?", retired);

        for (Runnable refused : List.<Runnable>of(() -> links.link(resource, LinkKind.GOAL, foreignGoal),
                () -> links.link(resource, LinkKind.CONVENING, foreignConvening),
                () -> links.link(resource, LinkKind.GOAL, retired),
                () -> links.link(resource, LinkKind.RECOMMENDATION, Long.MAX_VALUE))) {
            assertThatThrownBy(refused::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(links.options(resource)).extracting(LinkTarget::name)
                .doesNotContain("Elsewhere " + unique, "Retired " + unique);
        assertThat(links.links(resource)).isEmpty();
    }

    @Test
    void onlyTheCuratorsLinkAndAWorkgroupLeadOnlyTheWorkgroupsOwn() {
        long goal = f.goal(initiative, "Benefits " + unique);
        long own = resource(committee, "Committee's own", ResourceVisibility.MEMBERS, null);
        assertThat(links.mayLink(own)).isFalse();
        assertThatThrownBy(() -> links.link(own, LinkKind.GOAL, goal)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.options(own)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(stakeholder);
        assertThatThrownBy(() -> links.link(own, LinkKind.GOAL, goal)).isInstanceOf(AccessDeniedException.class);

        long workgroups = resource(committee, "Procurement clause", ResourceVisibility.WORKGROUP, workgroup);
        SignIn.as(lead);
        assertThat(links.mayLink(workgroups)).isTrue();
        links.link(workgroups, LinkKind.GOAL, goal);
        assertThat(links.mayLink(own)).isFalse();
        assertThatThrownBy(() -> links.unlink(own, LinkKind.GOAL, goal)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(coordinator);
        links.link(own, LinkKind.GOAL, goal);
        assertThat(links.links(own)).extracting(LinkTarget::id).containsExactly(goal);
    }

    @Test
    void readersSeeALinkOrARelatedResourceOnlyWhenTheyMaySeeBothEnds() {
        long goal = f.goal(initiative, "Voice " + unique);
        long committeeMeeting = f.convening(initiative, "Committee meeting " + unique, "COMMITTEE");
        long recommendation = f.recommendation(initiative, "Worker voice " + unique);
        long open = resource(coordinator, "Open guide", ResourceVisibility.PUBLIC, null);
        long secret = resource(coordinator, "Committee notes", ResourceVisibility.COMMITTEE, null);
        for (long resource : List.of(open, secret)) {
            links.link(resource, LinkKind.GOAL, goal);
            links.link(resource, LinkKind.CONVENING, committeeMeeting);
            links.link(resource, LinkKind.RECOMMENDATION, recommendation);
        }

        SignIn.as(stakeholder);
        assertThat(links.links(open)).extracting(LinkTarget::kind)
                .containsExactly(LinkKind.GOAL, LinkKind.RECOMMENDATION);
        assertThat(links.linkedTo(LinkKind.GOAL, goal)).extracting(LinkedResource::id).containsExactly(open);
        assertThat(links.linkedTo(LinkKind.CONVENING, committeeMeeting)).isEmpty();
        assertThatThrownBy(() -> links.links(secret)).isInstanceOf(AccessDeniedException.class);

        SignIn.out();
        assertThat(links.links(open)).extracting(LinkTarget::kind).containsExactly(LinkKind.GOAL);
        assertThat(links.linkedTo(LinkKind.GOAL, goal)).extracting(LinkedResource::id).containsExactly(open);
        assertThat(links.linkedTo(LinkKind.RECOMMENDATION, recommendation)).isEmpty();

        SignIn.as(committee);
        assertThat(links.linkedTo(LinkKind.CONVENING, committeeMeeting)).extracting(LinkedResource::id)
                .containsExactlyInAnyOrder(open, secret);
        assertThat(links.linkedTo(LinkKind.GOAL, goal)).extracting(LinkedResource::title)
                .containsExactly("Committee notes " + unique, "Open guide " + unique);
    }
}
