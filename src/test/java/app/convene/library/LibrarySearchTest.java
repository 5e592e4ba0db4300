package app.convene.library;

import app.convene.support.LibraryIndexing;
import static app.convene.library.LibraryFixture.draft;
import static app.convene.library.LibraryFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.internal.LibraryIndexer;
import app.convene.search.SearchFacet;
import app.convene.search.SearchResult;
import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Issue 16: the library's outbox reaches the search index, and search keeps to what the reader may see. */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library", "convene.library.max-upload=64KB",
        "convene.library.files=target/test-library-files"})
class LibrarySearchTest {

    @Autowired
    ResourceService resources;
    @Autowired
    LibrarySearch search;
    @Autowired
    LibraryIndexer indexer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.core.env.Environment environment;

    long initiative;
    LibraryFixture f;
    Actor committee;
    Actor stakeholder;
    String word;

    @BeforeEach
    void people() {
        initiative = fixtures.initiativeId("equity-at-work");
        f = new LibraryFixture(jdbc, initiative);
        committee = f.withRole("Cam Committee", "COMMITTEE_MEMBER");
        stakeholder = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private SearchResult searchAs(Actor reader, String text) {
        SignIn.as(reader);
        return search.search(initiative, text, Map.of(), 0, 20);
    }

    private List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void anUploadedPdfIsFoundByAWordInsideItAfterTheConsumerRan() {
        SignIn.as(committee);
        long id = resources.addFile(initiative, draft("Framework", ResourceVisibility.PUBLIC, null), "framework.pdf",
                in(LibraryFixture.pdf("Scheduling stability " + word + " for hourly workers")), null);
        assertThat(searchAs(stakeholder, word).hits()).isEmpty();

        LibraryIndexing.catchUp(indexer, jdbc);

        SearchResult found = searchAs(stakeholder, word);
        assertThat(ids(found)).containsExactly(Long.toString(id));
        assertThat(found.hits().getFirst().snippet().plainText()).contains(word);
        long version = resources.get(id).versions().getFirst().id();
        assertThat(found.hits().getFirst().snippet().source()).startsWith(version + ":");
        assertThat(resources.get(id).versions().getFirst().extraction()).isEqualTo(ExtractionStatus.INDEXED);
    }

    @Test
    void aCommitteeOnlyResourceIsNeitherInAStakeholdersResultsNorFacets() {
        SignIn.as(committee);
        long secret = resources.addFile(initiative, new ResourceDraft("Committee notes", "Budget " + word,
                ResourceType.DATA, ResourceLanguage.ES, ResourceVisibility.COMMITTEE, null, null), "notes.txt",
                in(("Confidential " + word).getBytes(StandardCharsets.UTF_8)), null);
        long open = resources.addFile(initiative, draft("Open template", ResourceVisibility.PUBLIC, null),
                "open.txt", in(("Open " + word).getBytes(StandardCharsets.UTF_8)), null);
        LibraryIndexing.catchUp(indexer, jdbc);

        SearchResult forCommittee = searchAs(committee, word);
        assertThat(ids(forCommittee)).containsExactlyInAnyOrder(Long.toString(secret), Long.toString(open));
        assertThat(forCommittee.facet(SearchFacet.TYPE)).extracting(SearchResult.FacetCount::value).contains("DATA");

        SearchResult forStakeholder = searchAs(stakeholder, word);
        assertThat(forStakeholder.total()).isEqualTo(1);
        assertThat(ids(forStakeholder)).containsExactly(Long.toString(open));
        assertThat(forStakeholder.facet(SearchFacet.TYPE)).extracting(SearchResult.FacetCount::value)
                .doesNotContain("DATA");
        assertThat(forStakeholder.facet(SearchFacet.LANGUAGE)).extracting(SearchResult.FacetCount::value)
                .doesNotContain("ES");
        assertThat(searchAs(stakeholder, "Confidential " + word).hits()).extracting(SearchResult.Hit::id)
                .doesNotContain(Long.toString(secret));

        jdbc.update("update initiative_role set role = 'COMMITTEE_MEMBER' where person_id = ?",
                stakeholder.personId());
        assertThat(ids(searchAs(stakeholder, word))).contains(Long.toString(secret));
    }

    @Test
    void aCorruptPdfEndsFailedWithItsReasonAndStaysDownloadable() throws IOException {
        SignIn.as(committee);
        byte[] broken = ("%PDF-1.7\n" + word + " this is no real PDF\n").getBytes(StandardCharsets.US_ASCII);
        long id = resources.addFile(initiative, draft("Broken " + word, ResourceVisibility.PUBLIC, null),
                "broken.pdf", in(broken), null);
        LibraryIndexing.catchUp(indexer, jdbc);

        VersionItem version = resources.get(id).versions().getFirst();
        assertThat(version.extraction()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(version.extractionReason()).isEqualTo("CORRUPT");
        try (InputStream content = resources.download(version.id()).content()) {
            assertThat(content.readAllBytes()).isEqualTo(broken);
        }
        assertThat(ids(searchAs(stakeholder, "Broken " + word))).containsExactly(Long.toString(id));
    }

    /**
     * An index and outbox position left from another database (e.g. after deleting {@code .convene/postgres}), whose
     * transaction numbers are far ahead of this one's, would skip every new row; the node rebuilds instead.
     */
    @Test
    void anIndexLeftFromAnotherDatabaseIsRebuilt() throws IOException {
        LibraryIndexing.catchUp(indexer, jdbc);
        SignIn.as(committee);
        long id = resources.addFile(initiative, draft("Guide", ResourceVisibility.PUBLIC, null), "guide.txt",
                in(("Apprenticeship guide " + word).getBytes(StandardCharsets.UTF_8)), null);
        Path folder = Path.of(environment.getRequiredProperty("convene.search.directory"));
        Files.writeString(folder.resolve("library-outbox.position"), "999999999:0");
        Files.writeString(folder.resolve("library-outbox.database"), "another-database");

        LibraryIndexing.catchUp(indexer, jdbc);

        assertThat(ids(searchAs(stakeholder, word))).containsExactly(Long.toString(id));
    }

    @Test
    void aRebuildFromTheDatabaseFindsWhatTheOutboxHadNotYetBrought() {
        SignIn.as(committee);
        long id = resources.addFile(initiative, draft("Clause", ResourceVisibility.MEMBERS, null), "clause.docx",
                in(LibraryFixture.docx("Sample procurement clause " + word)), null);
        assertThat(searchAs(stakeholder, word).hits()).isEmpty();

        indexer.rebuild();

        assertThat(ids(searchAs(stakeholder, word))).containsExactly(Long.toString(id));
        assertThat(indexer.catchUp()).isZero();
    }

    /**
     * Zip bombs: an Office file whose directory claims gigabytes is refused at the door by the file field and saves
     * nothing; one that claims a believable size but unpacks a thousandfold is saved (the upload is never blocked by
     * its text), its text is never unpacked (FAILED, TOO_COMPLEX) and it still downloads as it came.
     */
    @Test
    void zipBombsAreRefusedAtTheDoorOrNeverUnpackedWhenRead() throws IOException {
        SignIn.as(committee);
        int before = jdbc.queryForObject("select count(*) from resource", Integer.class);
        byte[] claimsGigabytes = claimingUnpackedSize(LibraryFixture.docx("Harmless " + word), 0xFFFF_FF00L);
        ResourceServiceTest.refusedAt(() -> resources.addFile(initiative, draft("Claims " + word,
                ResourceVisibility.PUBLIC, null), "claims.docx", in(claimsGigabytes), null), "file",
                "library.file.typeNotAllowed");
        assertThat(jdbc.queryForObject("select count(*) from resource", Integer.class)).isEqualTo(before);

        byte[] bomb = withPadding(LibraryFixture.docx("Looks fine " + word), 50_000_000);
        assertThat(bomb.length).isLessThan(64 * 1024);
        long id = resources.addFile(initiative, draft("Bomb " + word, ResourceVisibility.PUBLIC, null), "bomb.docx",
                in(bomb), null);
        LibraryIndexing.catchUp(indexer, jdbc);

        VersionItem version = resources.get(id).versions().getFirst();
        assertThat(version.extraction()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(version.extractionReason()).isEqualTo("TOO_COMPLEX");
        try (InputStream content = resources.download(version.id()).content()) {
            assertThat(content.readAllBytes()).isEqualTo(bomb);
        }
    }

    /** The same zip with one more entry of that many zero bytes (a thousandfold smaller once compressed). */
    private static byte[] withPadding(byte[] zip, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry("word/media/padding.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                copy.write(zeros, 0, Math.min(zeros.length, size - written));
            }
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    /** The zip with its last central-directory entry claiming the unpacked size (the bytes stay small). */
    private static byte[] claimingUnpackedSize(byte[] zip, long claimed) {
        byte[] forged = zip.clone();
        for (int at = forged.length - 4; at >= 0; at--) {
            if (forged[at] == 'P' && forged[at + 1] == 'K' && forged[at + 2] == 1 && forged[at + 3] == 2) {
                ByteBuffer.wrap(forged, at + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) claimed);
                return forged;
            }
        }
        throw new IllegalArgumentException("no central directory");
    }
}
