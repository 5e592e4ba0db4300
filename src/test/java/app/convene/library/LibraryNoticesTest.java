package app.convene.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.LeftNotices;
import app.convene.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 17: a new resource in my workgroup's library is a NEW_RESOURCE notice for the members who may read it. */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library", "convene.library.max-upload=64KB",
        "convene.library.files=target/test-library-files"})
class LibraryNoticesTest {

    @Autowired
    ResourceService resources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LeftNotices left;

    long initiative;
    long workgroup;
    Actor coordinator;
    Actor outsider;
    Actor lead;
    Actor member;
    Actor committeeMember;

    @BeforeEach
    void people() {
        initiative = fixtures.initiativeId("equity-at-work");
        LibraryFixture f = new LibraryFixture(jdbc, initiative);
        coordinator = f.withRole("Cora Coordinator", "COORDINATOR");
        outsider = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        workgroup = f.workgroup("Procurement");
        lead = f.inWorkgroup("Lee Lead", workgroup, "LEAD");
        member = f.inWorkgroup("Mo Member", workgroup, "MEMBER");
        committeeMember = f.inWorkgroup("Cam Committee", workgroup, "MEMBER");
        jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COMMITTEE_MEMBER')",
                initiative, committeeMember.personId());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static ResourceDraft inWorkgroup(String title, ResourceVisibility visibility, long workgroupId) {
        return new ResourceDraft(title, null, ResourceType.TOOL, ResourceLanguage.EN, visibility, workgroupId,
                "https://example.org/" + UUID.randomUUID());
    }

    @Test
    void theWorkgroupsMembersHearOfANewResourceButNotTheOneWhoAddedItNorOutsiders() {
        long before = left.last();
        SignIn.as(lead);
        long id = resources.addLink(initiative, inWorkgroup("Bid calendar", ResourceVisibility.WORKGROUP, workgroup));

        assertThat(left.since(before)).filteredOn(n -> n.key().equals("notice.newResource"))
                .extracting(LeftNotices.Row::personId, LeftNotices.Row::kind, LeftNotices.Row::initiativeId,
                        LeftNotices.Row::link)
                .containsExactlyInAnyOrder(
                        tuple(member.personId(), "NEW_RESOURCE", initiative, "library/" + id),
                        tuple(committeeMember.personId(), "NEW_RESOURCE", initiative, "library/" + id));
        assertThat(left.since(before)).filteredOn(n -> n.key().equals("notice.newResource"))
                .allSatisfy(n -> assertThat(n.text()).contains("Bid calendar", "Lee Lead"));

        before = left.last();
        SignIn.as(member);
        resources.addFile(initiative, LibraryFixture.draft("Notes", ResourceVisibility.MEMBERS, workgroup), "notes.pdf",
                LibraryFixture.in(LibraryFixture.pdf("Procurement notes")), null);
        assertThat(left.receivers(before, "notice.newResource")).as("a file too; not to its author")
                .containsExactlyInAnyOrder(lead.personId(), committeeMember.personId());
    }

    @Test
    void aMemberWhoMayNotReadItIsNotTold() {
        long before = left.last();
        SignIn.as(committeeMember);
        resources.addLink(initiative, inWorkgroup("Committee memo", ResourceVisibility.COMMITTEE, workgroup));

        assertThat(left.receivers(before, "notice.newResource"))
                .as("the committee's resource: neither the lead nor the member is on the committee").isEmpty();

        before = left.last();
        SignIn.as(coordinator);
        resources.addLink(initiative, inWorkgroup("Committee brief", ResourceVisibility.COMMITTEE, workgroup));
        assertThat(left.receivers(before, "notice.newResource")).containsExactly(committeeMember.personId());
    }

    @Test
    void aResourceOfTheWholeInitiativeIsNoWorkgroupNotice() {
        long before = left.last();
        SignIn.as(coordinator);
        resources.addLink(initiative, new ResourceDraft("Initiative charter", null, ResourceType.TOOL,
                ResourceLanguage.EN, ResourceVisibility.MEMBERS, null, "https://example.org/charter"));
        assertThat(left.receivers(before, "notice.newResource")).isEmpty();
    }
}
