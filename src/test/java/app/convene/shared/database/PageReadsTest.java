package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.notifications.NoticeService;
import app.convene.security.Actor;
import app.convene.initiatives.InitiativeLifecycle;
import app.convene.initiatives.InitiativeService;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.TransactionsBegun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 78: the service calls a page makes inside {@link PageReads#together} join one read-only transaction, and a
 * read-write call there is refused before it writes anything (never run, and lost, in a read-only transaction).
 */
@ConveneTest
class PageReadsTest {

    @Autowired
    PageReads pages;
    @Autowired
    PlatformTransactionManager manager;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    NoticeService notices;
    @Autowired
    InitiativeLifecycle lifecycle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void readsInsideJoinOneTransaction() {
        try (TransactionsBegun begun = new TransactionsBegun(manager, false)) {
            initiatives.findPublicBySlug("equity-at-work");
            initiatives.findPublicBySlug("worker-equity-initiative");
            assertThat(begun.count()).as("two calls outside").isEqualTo(2);
        }
        try (TransactionsBegun begun = new TransactionsBegun(manager, false)) {
            int found = pages.together(() -> initiatives.findPublicBySlug("equity-at-work").stream().count()
                    + initiatives.findPublicBySlug("worker-equity-initiative").stream().count()).intValue();
            assertThat(found).isEqualTo(2);
            assertThat(begun.count()).as("the same two calls together").isEqualTo(1);
        }
    }

    @Test
    void aWriteInsideIsRefusedAndWritesNothing() {
        long initiative = fixtures.initiativeId("equity-at-work");
        String status = status(initiative);
        SignIn.as(new Actor(fixtures.personId("Alex Rivera"), "Alex Rivera", true)); // an administrator: may archive
        try {
            assertThatThrownBy(() -> pages.together(() -> lifecycle.archive(initiative)))
                    .as("a write of another module").isInstanceOf(IllegalTransactionStateException.class)
                    .hasMessageContaining("InitiativeLifecycle.archive");
        } finally {
            jdbc.update("update initiative set status = ? where id = ?", status, initiative); // should a refusal fail
        }
        assertThat(status(initiative)).as("nothing written").isEqualTo(status);
        fixtures.signInAs("Maya Thompson");
        assertThatThrownBy(() -> pages.together(notices::markAllRead))
                .as("a service's write").isInstanceOf(IllegalTransactionStateException.class);
        notices.markAllRead(); // outside, as before
        assertThat(pages.together(() -> initiatives.findPublicBySlug("equity-at-work")))
                .as("reads after a refusal").isPresent();
    }

    private String status(long initiative) {
        return jdbc.queryForObject("select status from initiative where id = ?", String.class, initiative);
    }
}
