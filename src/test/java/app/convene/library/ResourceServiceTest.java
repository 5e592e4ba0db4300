package app.convene.library;

import static app.convene.library.LibraryFixture.draft;
import static app.convene.library.LibraryFixture.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.shared.ValidationError;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Issue 16, the library's core: files with versions, links, visibility per level, field messages, upload safety. */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library", "convene.library.max-upload=64KB",
        "convene.library.files=target/test-library-files"})
class ResourceServiceTest {

    @Autowired
    ResourceService resources;
    @Autowired
    LibraryTagService tags;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LibraryFileDownload downloads;
    @Autowired
    List<app.convene.security.OwnDataContribution> ownData;

    LibraryFixture f;
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
        f = new LibraryFixture(jdbc, initiative);
        coordinator = f.withRole("Cora Coordinator", "COORDINATOR");
        committee = f.withRole("Cam Committee", "COMMITTEE_MEMBER");
        stakeholder = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        workgroup = f.workgroup("Procurement");
        lead = f.inWorkgroup("Lee Lead", workgroup, "LEAD");
        member = f.inWorkgroup("Mo Member", workgroup, "MEMBER");
        unique = UUID.randomUUID().toString();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static void refusedAt(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static byte[] read(FileDownload download) throws IOException {
        try (InputStream in = download.content()) {
            return in.readAllBytes();
        }
    }

    /** Signs in as the person, who adds the file to the initiative (no workgroup). */
    private long addAs(Actor by, String title, ResourceVisibility visibility, String fileName, byte[] bytes) {
        SignIn.as(by);
        return resources.addFile(initiative, draft(title + " " + unique, visibility, null), fileName, in(bytes), null);
    }

    private List<String> visibleTitles() {
        return resources.list(initiative, 0, 200).stream().map(ResourceItem::title)
                .filter(t -> t.endsWith(unique)).map(t -> t.substring(0, t.length() - unique.length() - 1)).toList();
    }

    @Test
    void aNewVersionKeepsEveryEarlierOneDownloadableAndTheListShowsTheLatest() throws IOException {
        SignIn.as(committee);
        byte[] first = LibraryFixture.docx("Action plan, first draft");
        long id = resources.addFile(initiative, draft("Action plan " + unique, ResourceVisibility.MEMBERS, null),
                "action-plan.docx", in(first), "First draft");
        byte[] second = LibraryFixture.docx("Action plan, after the committee's review");
        long v2 = resources.addVersion(id, "action-plan-v2.docx", in(second), "After review");

        ResourceDetails details = resources.get(id);
        assertThat(details.versions()).extracting(VersionItem::number, VersionItem::note, VersionItem::uploadedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "After review", "Cam Committee"),
                        org.assertj.core.groups.Tuple.tuple(1, "First draft", "Cam Committee"));
        assertThat(details.versions()).allSatisfy(v -> {
            assertThat(v.mediaType()).isEqualTo(FileType.DOCX.mediaType());
            assertThat(v.extraction()).isEqualTo(ExtractionStatus.PENDING);
        });
        assertThat(details.mayChange()).isTrue();
        long v1 = details.versions().get(1).id();
        assertThat(v2).isEqualTo(details.versions().getFirst().id());

        SignIn.as(stakeholder);
        assertThat(read(resources.download(v1))).isEqualTo(first);
        FileDownload latest = resources.download(v2);
        assertThat(latest.fileName()).isEqualTo("action-plan-v2.docx");
        assertThat(read(latest)).isEqualTo(second);
        ResourceItem listed = resources.list(initiative, 0, 200).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
        assertThat(listed.latest().number()).isEqualTo(2);
        assertThat(resources.get(id).mayChange()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from library_outbox where resource_id = ? and op = 'UPSERT'",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void eachVisibilityLevelReachesItsReadersOnlyInTheListReadingAndDownloading() {
        SignIn.as(coordinator);
        long[] ids = new long[4];
        long[] files = new long[4];
        ResourceVisibility[] levels = ResourceVisibility.values();
        for (int i = 0; i < levels.length; i++) {
            ids[i] = resources.addFile(initiative, draft(levels[i].name() + " " + unique, levels[i],
                    levels[i] == ResourceVisibility.WORKGROUP ? workgroup : null), "notes.txt",
                    in(("Notes " + i).getBytes(StandardCharsets.UTF_8)), null);
            files[i] = resources.get(ids[i]).versions().getFirst().id();
        }
        assertThat(visibleTitles()).containsExactlyInAnyOrder("PUBLIC", "MEMBERS", "COMMITTEE", "WORKGROUP");

        Actor outsider = f.person("Olive Outsider");
        Actor otherWorkgroupsMember = f.inWorkgroup("Wes Elsewhere", f.workgroup("Wages"), "MEMBER");
        expect(null, levels, ids, files, "PUBLIC");
        expect(outsider, levels, ids, files, "PUBLIC");
        expect(stakeholder, levels, ids, files, "PUBLIC", "MEMBERS");
        expect(otherWorkgroupsMember, levels, ids, files, "PUBLIC", "MEMBERS");
        expect(committee, levels, ids, files, "PUBLIC", "MEMBERS", "COMMITTEE");
        expect(member, levels, ids, files, "PUBLIC", "MEMBERS", "WORKGROUP");
        expect(lead, levels, ids, files, "PUBLIC", "MEMBERS", "WORKGROUP");
        expect(coordinator, levels, ids, files, "PUBLIC", "MEMBERS", "COMMITTEE", "WORKGROUP");
    }

    private void expect(Actor reader, ResourceVisibility[] levels, long[] ids, long[] files, String... seen) {
        if (reader == null) {
            SignIn.out();
        } else {
            SignIn.as(reader);
        }
        String who = reader == null ? "visitor" : reader.name();
        assertThat(visibleTitles()).as(who).containsExactlyInAnyOrder(seen);
        assertThat(resources.count(initiative)).as(who).isEqualTo(resources.list(initiative, 0, 200).size());
        List<String> allowed = List.of(seen);
        for (int i = 0; i < levels.length; i++) {
            long id = ids[i];
            long file = files[i];
            if (allowed.contains(levels[i].name())) {
                assertThat(resources.get(id).resource().id()).isEqualTo(id);
                resources.download(file);
            } else {
                assertThatThrownBy(() -> resources.get(id)).as(who + " reads " + levels[i])
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> resources.download(file)).as(who + " downloads " + levels[i])
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void wrongFieldsAreRefusedByTheField() {
        SignIn.as(coordinator);
        refusedAt(() -> resources.addLink(initiative, LibraryFixture.link("  ", "https://example.org")), "title",
                "library.title.required");
        refusedAt(() -> resources.addLink(initiative, LibraryFixture.link("Tool", "ftp://example.org/tool")), "url",
                "library.url.invalid");
        refusedAt(() -> resources.addLink(initiative, LibraryFixture.link("Tool", "javascript:alert(1)")), "url",
                "library.url.invalid");
        refusedAt(() -> resources.addLink(initiative, LibraryFixture.link("Tool", "")), "url", "library.url.invalid");
        refusedAt(() -> resources.addFile(initiative, draft("Only the group", ResourceVisibility.WORKGROUP, null),
                "a.txt", in("text".getBytes(StandardCharsets.UTF_8)), null), "workgroupId", "library.workgroup.required");
        long link = resources.addLink(initiative, LibraryFixture.link("Job quality tool " + unique,
                "https://example.org/tool"));
        assertThat(resources.get(link).resource().url()).isEqualTo("https://example.org/tool");
        refusedAt(() -> resources.addVersion(link, "a.txt", in("text".getBytes(StandardCharsets.UTF_8)), null),
                "file", "library.file.notAFile");
    }

    @Test
    void uploadsAreCheckedFromTheBytesAndRefusedOnesSaveNothing() {
        SignIn.as(committee);
        int before = jdbc.queryForObject("select count(*) from resource", Integer.class);
        byte[] executable = new byte[2048];
        executable[0] = 'M';
        executable[1] = 'Z';
        refusedAt(() -> resources.addFile(initiative, draft("Report", ResourceVisibility.PUBLIC, null), "report.pdf",
                in(executable), null), "file", "library.file.typeNotAllowed");
        refusedAt(() -> resources.addFile(initiative, draft("Report", ResourceVisibility.PUBLIC, null), "report.pdf",
                in("Just text".getBytes(StandardCharsets.UTF_8)), null), "file", "library.file.typeMismatch");
        refusedAt(() -> resources.addFile(initiative, draft("Report", ResourceVisibility.PUBLIC, null), "report.docx",
                in(LibraryFixture.pdf("A PDF named as Word")), null), "file", "library.file.typeMismatch");
        byte[] oversized = new byte[65 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 8);
        refusedAt(() -> resources.addFile(initiative, draft("Big", ResourceVisibility.PUBLIC, null), "big.pdf",
                in(oversized), null), "file", "library.file.tooLarge");
        refusedAt(() -> resources.addFile(initiative, draft("Empty", ResourceVisibility.PUBLIC, null), "empty.txt",
                in(new byte[0]), null), "file", "library.file.empty");
        assertThat(jdbc.queryForObject("select count(*) from resource", Integer.class)).isEqualTo(before);

        long pdf = resources.addFile(initiative, draft("Framework " + unique, ResourceVisibility.PUBLIC, null),
                "../../etc/frame\u0000work\u202e.pdf", in(LibraryFixture.pdf("Job quality framework")), null);
        VersionItem stored = resources.get(pdf).versions().getFirst();
        assertThat(stored.fileName()).isEqualTo("framework.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        long notes = resources.addFile(initiative, draft("Notes " + unique, ResourceVisibility.PUBLIC, null),
                "notes.md", in("# Notas de la sesión\n".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(resources.get(notes).versions().getFirst().mediaType()).isEqualTo("text/markdown");
    }

    @Test
    void aFailedNewVersionLeavesTheSavedOnesAsTheyWere() throws IOException {
        byte[] first = LibraryFixture.pdf("Procurement clause");
        long id = addAs(coordinator, "Clause", ResourceVisibility.PUBLIC, "clause.pdf", first);
        refusedAt(() -> resources.addVersion(id, "clause.pdf", in(new byte[70 * 1024]), "too big"), "file",
                "library.file.tooLarge");
        ResourceDetails details = resources.get(id);
        assertThat(details.versions()).hasSize(1);
        assertThat(read(resources.download(details.versions().getFirst().id()))).isEqualTo(first);
    }

    @Test
    void workgroupMembersAddToTheirWorkgroupAndItsLeadsCurate() {
        SignIn.as(member);
        long mine = resources.addFile(initiative, draft("Wage survey " + unique, ResourceVisibility.WORKGROUP, workgroup),
                "survey.txt", in("Survey".getBytes(StandardCharsets.UTF_8)), null);
        resources.addVersion(mine, "survey.txt", in("Survey, corrected".getBytes(StandardCharsets.UTF_8)), "Fixed");
        assertThatThrownBy(() -> resources.addLink(initiative, LibraryFixture.link("Initiative-wide", "https://a.org")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(lead);
        long leads = resources.addFile(initiative, draft("Lead's " + unique, ResourceVisibility.MEMBERS, workgroup),
                "lead.txt", in("Lead".getBytes(StandardCharsets.UTF_8)), null);
        resources.addVersion(mine, "survey.txt", in("Survey, curated".getBytes(StandardCharsets.UTF_8)), "Curated");

        SignIn.as(member);
        assertThat(resources.get(leads).mayChange()).isFalse();
        assertThatThrownBy(() -> resources.addVersion(leads, "lead.txt", in("Mine now".getBytes(StandardCharsets.UTF_8)),
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.remove(leads)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(stakeholder);
        assertThatThrownBy(() -> resources.addFile(initiative, draft("Not mine", ResourceVisibility.MEMBERS, workgroup),
                "x.txt", in("x".getBytes(StandardCharsets.UTF_8)), null)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(lead);
        resources.remove(mine);
        assertThat(jdbc.queryForObject("select count(*) from resource where id = ?", Integer.class, mine)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from library_outbox where resource_id = ? and op = 'DELETE'",
                Integer.class, mine)).isEqualTo(1);
    }

    @Test
    void coordinatorsKeepTheTagTaxonomyAndResourcesCarryTags() {
        SignIn.as(coordinator);
        long wages = tags.add(initiative, "Wages " + unique, "component");
        long procurement = tags.add(initiative, "Procurement " + unique, "lever");
        refusedAt(() -> tags.add(initiative, "wages " + unique.toUpperCase(), "component"), "name", "library.tag.taken");
        refusedAt(() -> tags.add(initiative, " ", null), "name", "library.tag.required");
        tags.rename(procurement, "Public procurement " + unique);
        long id = resources.addLink(initiative, LibraryFixture.link("Clause bank " + unique, "https://example.org/c"));
        resources.setTags(id, List.of(wages, procurement));
        assertThat(resources.get(id).tags()).extracting(LibraryTag::name)
                .containsExactly("Wages " + unique, "Public procurement " + unique);
        tags.remove(wages);
        assertThat(resources.get(id).tags()).extracting(LibraryTag::name).containsExactly("Public procurement " + unique);

        SignIn.as(committee);
        assertThatThrownBy(() -> tags.add(initiative, "Mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tags.remove(procurement)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDownloadAddressSendsAnAttachmentToReadersAndNotFoundToEveryoneElse() throws IOException {
        byte[] bytes = LibraryFixture.pdf("Committee minutes");
        long id = addAs(committee, "Committee", ResourceVisibility.COMMITTEE, "Actas de la sesión.pdf", bytes);
        long version = resources.get(id).versions().getFirst().id();

        var sent = downloads.download(version);
        assertThat(sent.getStatusCode().value()).isEqualTo(200);
        assertThat(sent.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(sent.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''Actas%20de%20la%20sesi%C3%B3n.pdf");
        try (InputStream in = sent.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        SignIn.as(stakeholder);
        assertThat(downloads.download(version).getStatusCode().value()).isEqualTo(404);
        SignIn.out();
        assertThat(downloads.download(version).getStatusCode().value()).isEqualTo(404);
        assertThat(downloads.download(Long.MAX_VALUE).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aPersonsOwnDataListsTheResourcesTheyAddedAndTheVersionsTheyUploaded() {
        SignIn.as(member);
        long id = resources.addFile(initiative, draft("Survey " + unique, ResourceVisibility.MEMBERS, workgroup),
                "survey.txt", in("Survey".getBytes(StandardCharsets.UTF_8)), null);
        SignIn.as(coordinator);
        resources.addVersion(id, "survey.txt", in("Survey, curated".getBytes(StandardCharsets.UTF_8)), "Curated");
        var mine = ownData.stream().map(c -> c.ownData(member.personId())).filter(m -> m.containsKey("libraryResources"))
                .findFirst().orElseThrow();
        assertThat(mine.get("libraryResources")).extracting(row -> row.get("title")).containsExactly("Survey " + unique);
        assertThat(mine.get("libraryVersions")).extracting(row -> row.get("version")).containsExactly(1);
        var curator = ownData.stream().map(c -> c.ownData(coordinator.personId()))
                .filter(m -> m.containsKey("libraryVersions")).findFirst().orElseThrow();
        assertThat(curator.get("libraryVersions")).extracting(row -> row.get("note")).containsExactly("Curated");
    }
}
