package app.convene.initiatives;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.MailThreads;
import app.convene.support.SqlSeen;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 78: an initiative's status, which the checks of every page ask for, is one read shared by requests while
 * the database is unchanged (it was read once per request); a committed change makes the next request read it again.
 */
@ConveneTest
@TestPropertySource(properties =
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=app.convene.support.SqlSeen")
class InitiativeStatusSharedTest extends SpringBrowserlessTest {

    static final String STATUS_READ = "select \\w+\\.status from initiative ";

    @Autowired
    InitiativeService initiatives;
    @Autowired
    InitiativeLifecycle lifecycle;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void requestsShareOneReadOfAStatusUntilACommit() {
        long id = fixtures.initiativeId("equity-at-work");
        assertThat(VaadinRequest.getCurrent()).as("a request of the browserless UI").isNotNull();
        // A commit by any other thread of this JVM (another context's scheduled work, mail after a notice) makes the
        // next request read again, as it should: such a miss is looked at again, a few times; a read that is never
        // shared fails every attempt.
        MailThreads.awaitIdle();
        long reads = 0;
        for (int attempt = 0; attempt < 5 && reads != 1; attempt++) {
            jdbc.update("update initiative set region = region where id = ?", id); // nothing kept from before
            newRequest();
            SqlSeen.forget();
            assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.PUBLISHED);
            newRequest();
            assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.PUBLISHED);
            newRequest();
            assertThat(lifecycle.readOnly(id)).as("not archived").isFalse();
            reads = SqlSeen.count(STATUS_READ);
        }
        assertThat(reads).as("three requests, one read").isOne();

        jdbc.update("update initiative set region = region where id = ?", id);
        newRequest();
        SqlSeen.forget();
        assertThat(initiatives.statusOf(id)).isEqualTo(InitiativeStatus.PUBLISHED);
        assertThat(SqlSeen.count(STATUS_READ)).as("after a committed change: read again").isPositive();
    }

}
