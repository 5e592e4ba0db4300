package app.convene.library;

import static app.convene.library.LibraryFixture.draft;
import static app.convene.library.LibraryFixture.in;
import static app.convene.library.ResourceServiceTest.refusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Issue 16, editing: details and topics with optimistic locking, adding with topics, removal by curators only. */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library", "convene.library.max-upload=64KB",
        "convene.library.files=target/test-library-files"})
class ResourceEditingTest {

    @Autowired
    ResourceService resources;
    @Autowired
    LibraryTagService tags;
    @Autowired
    LibraryPlaces places;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    long initiative;
    Actor coordinator;
    Actor committee;
    Actor stakeholder;
    long workgroup;
    Actor lead;
    Actor member;
    String unique;

    @BeforeEach
    void people() {
        initiative = fixtures.initiativeId("equity-at-work");
        LibraryFixture f = new LibraryFixture(jdbc, initiative);
        coordinator = f.withRole("Cora Coordinator", "COORDINATOR");
        committee = f.withRole("Cam Committee", "COMMITTEE_MEMBER");
        stakeholder = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        workgroup = f.workgroup("Scheduling");
        lead = f.inWorkgroup("Lee Lead", workgroup, "LEAD");
        member = f.inWorkgroup("Mo Member", workgroup, "MEMBER");
        unique = UUID.randomUUID().toString();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void editingChangesDetailsAndTopicsAndASaveFromAnOlderStateIsRefused() {
        SignIn.as(coordinator);
        long wages = tags.add(initiative, "Wages " + unique, "component");
        long benefits = tags.add(initiative, "Benefits " + unique, "component");
        SignIn.as(committee);
        long id = resources.addFile(initiative, draft("Pay scale " + unique, ResourceVisibility.MEMBERS, null),
                List.of(wages), "pay.txt", in(text("Pay scale")), "First");
        assertThat(resources.get(id).tags()).extracting(LibraryTag::name).containsExactly("Wages " + unique);
        ResourceDetails opened = resources.get(id);

        resources.edit(id, opened.version(), new ResourceDraft("Pay scale 2027 " + unique, "Updated",
                ResourceType.DATA, ResourceLanguage.ES, ResourceVisibility.COMMITTEE, null, null), List.of(benefits));

        ResourceDetails now = resources.get(id);
        assertThat(now.resource().title()).isEqualTo("Pay scale 2027 " + unique);
        assertThat(now.resource().description()).isEqualTo("Updated");
        assertThat(now.resource().type()).isEqualTo(ResourceType.DATA);
        assertThat(now.resource().language()).isEqualTo(ResourceLanguage.ES);
        assertThat(now.resource().visibility()).isEqualTo(ResourceVisibility.COMMITTEE);
        assertThat(now.tags()).extracting(LibraryTag::name).containsExactly("Benefits " + unique);
        assertThat(now.version()).isGreaterThan(opened.version());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'library.edited' and subject_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from library_outbox where resource_id = ? and version_id is null",
                Integer.class, id)).isEqualTo(1);

        ResourceDraft same = new ResourceDraft("Mine " + unique, null, ResourceType.DATA, ResourceLanguage.EN,
                ResourceVisibility.MEMBERS, null, null);
        assertThatThrownBy(() -> resources.edit(id, opened.version(), same, List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        // Only the topics changed: the resource's version still moves, so a form opened before is refused.
        resources.edit(id, now.version(), new ResourceDraft(now.resource().title(), "Updated", ResourceType.DATA,
                ResourceLanguage.ES, ResourceVisibility.COMMITTEE, null, null), List.of(wages, benefits));
        assertThatThrownBy(() -> resources.edit(id, now.version(), same, List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(resources.get(id).resource().title()).isEqualTo("Pay scale 2027 " + unique);

        long current = resources.get(id).version();
        refusedAt(() -> resources.edit(id, current, new ResourceDraft(" ", null, ResourceType.DATA,
                ResourceLanguage.EN, ResourceVisibility.MEMBERS, null, null), List.of()), "title", "library.title.required");
        refusedAt(() -> resources.edit(id, current, new ResourceDraft("T", null, ResourceType.DATA,
                ResourceLanguage.EN, ResourceVisibility.WORKGROUP, null, null), List.of()), "workgroupId",
                "library.workgroup.required");
        long link = resources.addLink(initiative, LibraryFixture.link("Wage data " + unique, "https://example.org/w"));
        refusedAt(() -> resources.edit(link, resources.get(link).version(), LibraryFixture.link("Wage data",
                "javascript:alert(1)"), List.of()), "url", "library.url.invalid");
    }

    @Test
    void whoMayEditAndWhoMayRemove() {
        SignIn.as(committee);
        long own = resources.addLink(initiative, LibraryFixture.link("Committee's link " + unique, "https://a.org"));
        ResourceDetails details = resources.get(own);
        assertThat(details.mayChange()).isTrue();
        assertThat(details.mayRemove()).isFalse();
        assertThatThrownBy(() -> resources.remove(own)).isInstanceOf(AccessDeniedException.class);
        resources.edit(own, details.version(), LibraryFixture.link("Renamed " + unique, "https://a.org"), List.of());

        SignIn.as(stakeholder);
        ResourceDetails read = resources.get(own);
        assertThat(read.mayChange()).isFalse();
        assertThat(read.mayRemove()).isFalse();
        assertThatThrownBy(() -> resources.edit(own, read.version(), LibraryFixture.link("Mine", "https://a.org"),
                List.of())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(member);
        long mine = resources.addFile(initiative, draft("Rota " + unique, ResourceVisibility.WORKGROUP, workgroup),
                "rota.txt", in(text("Rota")), null);
        assertThat(resources.get(mine).mayRemove()).isFalse();
        assertThatThrownBy(() -> resources.remove(mine)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(lead);
        assertThat(resources.get(mine).mayRemove()).isTrue();
        resources.remove(mine);

        SignIn.as(coordinator);
        assertThat(resources.get(own).mayRemove()).isTrue();
        resources.remove(own);
        assertThat(jdbc.queryForObject("select count(*) from resource where id in (?, ?)", Integer.class, own, mine))
                .isZero();
    }

    @Test
    void placesToAddToFollowTheRolesAndARefusedFileWithTopicsSavesNothing() {
        SignIn.as(member);
        assertThat(places.forAdding(initiative)).extracting(LibraryPlace::workgroupId).containsExactly(workgroup);
        SignIn.as(stakeholder);
        assertThat(places.forAdding(initiative)).isEmpty();
        SignIn.as(committee);
        List<LibraryPlace> committees = places.forAdding(initiative);
        assertThat(committees.getFirst().initiative()).isTrue();
        assertThat(committees).extracting(LibraryPlace::workgroupId).contains(workgroup);

        SignIn.as(coordinator);
        long tag = tags.add(initiative, "Lever " + unique, "lever");
        int before = jdbc.queryForObject("select count(*) from resource", Integer.class);
        refusedAt(() -> resources.addFile(initiative, draft("Zip " + unique, ResourceVisibility.PUBLIC, null),
                List.of(tag), "clause.pdf", in(zip()), null), "file", "library.file.typeNotAllowed");
        assertThat(jdbc.queryForObject("select count(*) from resource", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from resource_tag where tag_id = ?", Integer.class, tag))
                .isZero();
    }

    /** A real zip (not an Office file) with one text entry. */
    static byte[] zip() {
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write(text("Notes"));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }
}
