package app.convene.library;

import static app.convene.library.LibraryFixture.draft;
import static app.convene.library.LibraryFixture.in;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.internal.LibraryIndexer;
import app.convene.search.SearchResult;
import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, decision 0027: outbox ids are taken before commit, so a change can become visible after a later
 * one was applied; the consumer must still apply it.
 */
@ConveneTest
@TestPropertySource(properties = {"convene.test.database=library-outbox",
        "convene.library.files=target/test-library-files"})
class OutboxOrderTest {

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
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aChangeCommittedAfterALaterOneWasAppliedIsStillApplied() throws Exception {
        long initiative = fixtures.initiativeId("equity-at-work");
        LibraryFixture f = new LibraryFixture(jdbc, initiative);
        Actor committee = f.withRole("Cam Committee", "COMMITTEE_MEMBER");
        Actor stakeholder = f.withRole("Sam Stakeholder", "STAKEHOLDER");
        String slow = word();
        String quick = word();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        // The slow upload takes its outbox id first and holds its transaction open.
        CompletableFuture<Long> slowUpload = CompletableFuture.supplyAsync(() -> {
            SignIn.as(committee);
            try {
                return new TransactionTemplate(transactions).execute(status -> {
                    long id = upload(initiative, "Slow " + slow);
                    written.countDown();
                    await(commit);
                    return id;
                });
            } finally {
                SignIn.out();
            }
        });
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        SignIn.as(committee);
        long quickId = upload(initiative, "Quick " + quick);

        indexer.catchUp();
        commit.countDown();
        long slowId = slowUpload.get(30, TimeUnit.SECONDS);
        assertThat(outboxId(slowId)).as("the slow upload took the lower outbox id").isLessThan(outboxId(quickId));
        indexer.catchUp();

        assertThat(ids(stakeholder, initiative, slow)).containsExactly(Long.toString(slowId));
        assertThat(ids(stakeholder, initiative, quick)).containsExactly(Long.toString(quickId));
    }

    private long outboxId(long resourceId) {
        return jdbc.queryForObject("select min(id) from library_outbox where resource_id = ?", Long.class, resourceId);
    }

    private long upload(long initiative, String text) {
        return resources.addFile(initiative, draft(text, ResourceVisibility.PUBLIC, null), "notes.txt",
                in(text.getBytes(StandardCharsets.UTF_8)), null);
    }

    private List<String> ids(Actor reader, long initiative, String text) {
        SignIn.as(reader);
        return search.search(initiative, text, Map.of(), 0, 20).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the slow upload commit");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
