package app.convene.library;

import static app.convene.library.LibraryFixture.draft;
import static app.convene.library.LibraryFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.internal.LibraryIndexer;
import app.convene.search.SearchResult;
import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.S3rver;
import app.convene.support.SecondNode;
import app.convene.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, decision 0027: two application contexts (two nodes) on one database, sharing the files in one
 * S3-compatible object store, each with its own search index: what is uploaded on one is found by search on the
 * other once that node's indexer ran.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-nodes", "convene.library.store=s3",
        "convene.library.s3.bucket=" + TwoNodesTest.BUCKET, "convene.library.s3.path-style=true",
        "convene.library.s3.access-key=" + S3rver.KEY, "convene.library.s3.secret-key=" + S3rver.KEY})
class TwoNodesTest {

    static final String BUCKET = "convene-nodes";
    static S3rver server;

    @DynamicPropertySource
    static void nodeA(DynamicPropertyRegistry registry) throws IOException {
        server = S3rver.start(BUCKET);
        registry.add("convene.library.s3.endpoint", server::endpoint);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Autowired
    ResourceService resources;
    @Autowired
    LibrarySearch search;
    @Autowired
    LibraryIndexer indexer;
    @Autowired
    BlobStore blobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;
    @TempDir
    Path nodeBSearch;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anUploadOnOneNodeIsFoundBySearchOnTheOtherAfterItsIndexerRan() throws IOException {
        assertThat(blobs).isInstanceOf(S3BlobStore.class);
        long initiative = fixtures.initiativeId("equity-at-work");
        LibraryFixture f = new LibraryFixture(jdbc, initiative);
        Actor committee = f.withRole("Cam Committee", "COMMITTEE_MEMBER");
        Actor stakeholder = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        String onA = word();
        String onB = word();

        try (ConfigurableApplicationContext nodeB = nodeB()) {
            LibraryIndexer indexerB = nodeB.getBean(LibraryIndexer.class);
            indexer.catchUp();
            indexerB.catchUp();
            SignIn.as(committee);
            long fromA = resources.addFile(initiative, draft("Framework", ResourceVisibility.PUBLIC, null),
                    "framework.pdf", in(LibraryFixture.pdf("Scheduling stability " + onA)), null);
            byte[] clause = LibraryFixture.docx("Sample procurement clause " + onB);
            long fromB = nodeB.getBean(ResourceService.class).addFile(initiative,
                    draft("Clause", ResourceVisibility.PUBLIC, null), "clause.docx", in(clause), null);

            LibrarySearch searchB = nodeB.getBean(LibrarySearch.class);
            assertThat(ids(searchB, stakeholder, initiative, onA)).isEmpty();
            assertThat(indexerB.catchUp()).isEqualTo(2);
            assertThat(ids(searchB, stakeholder, initiative, onA)).containsExactly(Long.toString(fromA));

            assertThat(ids(search, stakeholder, initiative, onB)).isEmpty();
            assertThat(indexer.catchUp()).isEqualTo(2);
            assertThat(ids(search, stakeholder, initiative, onB)).containsExactly(Long.toString(fromB));
            long versionFromB = resources.get(fromB).versions().getFirst().id();
            try (InputStream content = resources.download(versionFromB).content()) {
                assertThat(content.readAllBytes()).isEqualTo(clause);
            }
        }
    }

    /** A second node (a whole web application on a free port): the same database and bucket, its own index. */
    private ConfigurableApplicationContext nodeB() {
        return SecondNode.start(dataSource,
                "--convene.search.directory=" + nodeBSearch,
                "--convene.library.store=s3", "--convene.library.s3.endpoint=" + server.endpoint(),
                "--convene.library.s3.bucket=" + BUCKET, "--convene.library.s3.path-style=true",
                "--convene.library.s3.access-key=" + S3rver.KEY,
                "--convene.library.s3.secret-key=" + S3rver.KEY);
    }

    private static List<String> ids(LibrarySearch search, Actor reader, long initiative, String text) {
        SignIn.as(reader);
        return search.search(initiative, text, Map.of(), 0, 20).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
