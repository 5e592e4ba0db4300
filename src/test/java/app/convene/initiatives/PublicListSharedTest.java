package app.convene.initiatives;

import static app.convene.support.Requests.newRequest;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Decision 81: the home page's list of published initiatives is kept while the database is unchanged. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class PublicListSharedTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theListOfPublishedInitiativesIsKeptUntilACommit() {
        long id = fixtures.initiativeId("equity-at-work");
        newRequest();
        String name = nameOf(id);
        try {
            SilentChanges.update(transactions, jdbc, "update initiative set name = 'RENAMED ' || name where id = ?", id);
            newRequest();
            assertThat(nameOf(id)).as("the kept list").isEqualTo(name);
            jdbc.update("update initiative set region = region where id = ?", id); // any commit of content
            newRequest();
            assertThat(nameOf(id)).isEqualTo("RENAMED " + name);
        } finally {
            jdbc.update("update initiative set name = ? where id = ?", name, id);
        }
    }

    private String nameOf(long id) {
        return initiatives.listPublic(PageRequest.of(0, 50)).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow().name();
    }
}
