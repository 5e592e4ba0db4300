package app.convene.stakeholders;

import static app.convene.support.Requests.newRequestOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 81: the directory's unfiltered pages are kept while the database is unchanged, for the initiative's
 * members only (the check runs before the kept answer is looked up); a search is read each time.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class DirectorySharedTest extends SpringBrowserlessTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    long initiative;
    long entry;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theUnfilteredDirectoryIsKeptUntilACommitAndOnlyMembersGetIt() {
        initiative = fixtures.initiativeId("equity-at-work");
        Map<String, Object> listed = jdbc.queryForMap("""
                select id, name from registration where initiative_id = ? and status = 'APPROVED'
                   and directory_consent order by lower(name), id limit 1""", initiative);
        entry = ((Number) listed.get("id")).longValue();
        String name = (String) listed.get("name");
        Actor member = fixtures.newPerson(initiative, "Dana Directory", "STAKEHOLDER");
        newRequestOf(member);
        assertThat(unfiltered()).isEqualTo(name);
        try {
            SilentChanges.update(transactions, jdbc, "update registration set name = name || ' RENAMED' where id = ?",
                    entry);
            newRequestOf(member);
            assertThat(unfiltered()).as("the kept page").isEqualTo(name);
            assertThat(nameIn(directory.directory(initiative, new DirectoryFilter("", null, " ", null),
                    PageRequest.of(0, 50)).getContent())).as("the form's empty fields: the kept page").isEqualTo(name);
            assertThat(searched(name)).as("a search, read afresh").isEqualTo(name + " RENAMED");

            newRequestOf(null);
            assertThatThrownBy(() -> directory.directory(initiative, null, PageRequest.of(0, 50)))
                    .as("a visitor, though the page is kept").isInstanceOf(AccessDeniedException.class);

            jdbc.update("update initiative set region = region where id = ?", initiative); // any commit of content
            newRequestOf(member);
            assertThat(unfiltered()).isEqualTo(name + " RENAMED");
        } finally {
            jdbc.update("update registration set name = ? where id = ?", name, entry);
        }
    }

    private String unfiltered() {
        return nameIn(directory.directory(initiative, null, PageRequest.of(0, 50)).getContent());
    }

    private String searched(String text) {
        return nameIn(directory.directory(initiative, new DirectoryFilter(text, null, null, null), PageRequest.of(0, 50))
                .getContent());
    }

    private String nameIn(List<DirectoryEntry> entries) {
        return entries.stream().filter(e -> e.registrationId() == entry).findFirst().orElseThrow().name();
    }
}
