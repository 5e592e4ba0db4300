package app.convene.workgroups;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.WorkgroupRoles;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.MailThreads;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19: a page that checks the workgroups of one initiative in a row (the library: one check per workgroup a
 * resource may be filed under) reads which initiative they belong to once, for all of them, at the first check; the
 * rest of the request answers from that read, and a committed write or a new request reads again. A workgroup is
 * moved behind the memo's back (a plain statement) to show what is kept.
 */
@ConveneTest
class WorkgroupInitiativesReadOnceTest extends SpringBrowserlessTest {

    static final String SLUG = "good-jobs-equity-project";

    @Autowired
    WorkgroupRoles roles;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long home;
    private long moved;

    @AfterEach
    void putBack() {
        if (moved != 0) {
            jdbc.update("update workgroup set initiative_id = ? where id = ?", home, moved);
        }
    }

    @Test
    void theFirstCheckReadsTheInitiativeOfEveryWorkgroupOfItsInitiative() {
        home = fixtures.initiativeId(SLUG);
        long elsewhere = fixtures.initiativeId("worker-equity-initiative");
        List<Long> groups = jdbc.queryForList("select id from workgroup where initiative_id = ? order by id", Long.class,
                home);
        assertThat(groups).as("the demo initiative's workgroups").hasSizeGreaterThan(1);
        assertThat(VaadinRequest.getCurrent()).as("a request of the browserless UI").isNotNull();
        // Any write committed in this JVM, by any thread of any test's context, makes requests read again (as it
        // should): the mail that earlier tests' notices send after their commits must be out before the memo is looked
        // at, and a commit that still lands between the two reads (another context's scheduled work) is a reason to
        // look again in a new request, a few times; a memo that never keeps the answer fails every attempt.
        MailThreads.awaitIdle();
        moved = groups.get(1);
        Optional<Long> kept = Optional.empty();
        for (int attempt = 0; attempt < 5 && !kept.equals(Optional.of(home)); attempt++) {
            jdbc.update("update workgroup set initiative_id = ? where id = ?", home, moved);
            newRequest(); // a new request
            assertThat(roles.initiativeOf(groups.get(0))).contains(home);
            jdbc.update("update workgroup set initiative_id = ? where id = ?", elsewhere, moved);
            kept = roles.initiativeOf(moved);
        }
        assertThat(kept).as("read with the first, not asked again").contains(home);

        transactions.executeWithoutResult(status -> jdbc.queryForObject("select 1", Integer.class));
        assertThat(roles.initiativeOf(moved)).as("after a committed write: read again").contains(elsewhere);
        assertThat(roles.initiativeOf(-1)).as("no such workgroup").isEqualTo(Optional.empty());
    }
}
