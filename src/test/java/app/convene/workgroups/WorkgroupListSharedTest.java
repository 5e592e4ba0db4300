package app.convene.workgroups;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.MailThreads;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 78: an initiative's list of workgroups (public facts: names, goals, leads, member counts), which its page
 * and its timeline read at every visit, is one read shared by requests until a commit changes the database.
 */
@ConveneTest
@TestPropertySource(properties =
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen")
class WorkgroupListSharedTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void requestsShareOneListUntilACommit() {
        long id = fixtures.initiativeId("worker-equity-initiative");
        PageRequest first = PageRequest.of(0, 10);
        MailThreads.awaitIdle();
        // A commit by another thread of this JVM between the two requests is a reason to look again, a few times.
        Slice<WorkgroupSummary> one = null;
        Slice<WorkgroupSummary> two = null;
        for (int attempt = 0; attempt < 5 && (one == null || !sameRead(one, two)); attempt++) {
            newRequest();
            one = workgroups.list(id, first);
            newRequest();
            two = workgroups.list(id, first);
        }
        assertThat(one.getContent()).as("the demo initiative's workgroups").isNotEmpty();
        assertThat(sameRead(one, two)).as("the same read, for another request").isTrue();
        assertThat(two).as("each caller its own slice").isNotSameAs(one);
        assertThat(sameRead(workgroups.list(id, PageRequest.of(0, 2)), one)).as("another page size: its own read")
                .isFalse();

        String renamed = one.getContent().getFirst().name() + " (renamed)";
        jdbc.update("update workgroup set name = ? where id = ?", renamed, one.getContent().getFirst().id());
        try {
            newRequest();
            Slice<WorkgroupSummary> after = workgroups.list(id, first);
            assertThat(sameRead(after, one)).as("read again after a commit").isFalse();
            assertThat(after.getContent()).extracting(WorkgroupSummary::name).contains(renamed);
        } finally {
            jdbc.update("update workgroup set name = ? where id = ?", one.getContent().getFirst().name(),
                    one.getContent().getFirst().id());
        }
    }

    /** Whether two slices hold the very same summaries (one kept read), not just equal ones. */
    private static boolean sameRead(Slice<WorkgroupSummary> a, Slice<WorkgroupSummary> b) {
        return a.getContent().getFirst() == b.getContent().getFirst();
    }

}
