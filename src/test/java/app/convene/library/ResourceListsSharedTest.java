package app.convene.library;

import static app.convene.support.Requests.newRequestOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.Actor;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.support.SilentChanges;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Decision 81: the library's visible list and count are kept for all readers who see the same while the database is
 * unchanged; a kept answer never reaches a reader who sees differently, and a commit ends it. Each read is a request
 * of its own, as every click is.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class ResourceListsSharedTest extends SpringBrowserlessTest {

    @Autowired
    ResourceService resources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    long initiative;
    String unique = UUID.randomUUID().toString();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void readersWhoSeeTheSameShareOneAnswerAndNobodyIsServedAnothersList() {
        initiative = fixtures.initiativeId("equity-at-work");
        LibraryFixture f = new LibraryFixture(jdbc, initiative);
        Actor coordinator = f.withRole("Cora Coordinator", "COORDINATOR");
        long workgroup = f.workgroup("Procurement");
        Map<Actor, List<String>> sees = new LinkedHashMap<>();
        sees.put(coordinator, List.of("PUBLIC", "MEMBERS", "COMMITTEE", "WORKGROUP"));
        sees.put(null, List.of("PUBLIC"));
        sees.put(f.person("Olive Outsider"), List.of("PUBLIC"));
        sees.put(f.withRole("Sam Stakeholder", "STAKEHOLDER"), List.of("PUBLIC", "MEMBERS"));
        sees.put(f.inWorkgroup("Mo Member", workgroup, "MEMBER"), List.of("PUBLIC", "MEMBERS", "WORKGROUP"));
        sees.put(f.inWorkgroup("Wes Elsewhere", f.workgroup("Wages"), "MEMBER"), List.of("PUBLIC", "MEMBERS"));
        sees.put(f.withRole("Cam Committee", "COMMITTEE_MEMBER"), List.of("PUBLIC", "MEMBERS", "COMMITTEE"));
        sees.put(f.inWorkgroup("Lee Lead", workgroup, "LEAD"), List.of("PUBLIC", "MEMBERS", "WORKGROUP"));
        SignIn.as(coordinator);
        long publicOne = 0;
        for (ResourceVisibility level : ResourceVisibility.values()) {
            long id = resources.addLink(initiative, new ResourceDraft(level.name() + " " + unique, null,
                    ResourceType.TOOL, ResourceLanguage.EN, level, level == ResourceVisibility.WORKGROUP ? workgroup : null,
                    "https://example.org/" + level));
            publicOne = level == ResourceVisibility.PUBLIC ? id : publicOne;
        }

        List<Actor> readers = new ArrayList<>(sees.keySet());
        for (int round = 0; round < 2; round++) { // the second round in the other order: every answer is kept by then
            for (Actor reader : readers) {
                assertThat(titles(reader)).as(who(reader) + ", round " + round).containsExactlyElementsOf(sees.get(reader));
                assertThat(resources.count(initiative)).as(who(reader)).isEqualTo(resources.list(initiative, 0, 200).size());
            }
            readers = readers.reversed();
        }

        Actor newOutsider = f.person("Otto Outsider"); // made before the change below: each is a commit
        Actor newCoordinator = f.withRole("Coco Coordinator", "COORDINATOR");
        Actor newStakeholder = f.withRole("Stan Stakeholder", "STAKEHOLDER");
        for (Actor reader : readers) { // the answers kept for this data version
            assertThat(titles(reader)).as(who(reader)).containsExactlyElementsOf(sees.get(reader));
        }
        // A change that leaves the data version as it was (no trigger runs in this session): the kept answers stand,
        // which shows that the list is kept, for the visitor and for the outsider who sees what the visitor sees.
        SilentChanges.update(transactions, jdbc, "update resource set title = 'RENAMED ' || title where id = ?", publicOne);
        for (Actor reader : readers) {
            assertThat(titles(reader)).as(who(reader) + ": the kept answer").containsExactlyElementsOf(sees.get(reader));
        }
        // Readers who have not read yet get the answer kept for those who see the same (Reader.alike): a new outsider
        // the visitors', a new coordinator the coordinators'. A member's answer is their own (their workgroups
        // decide), so a new stakeholder's list is read for them and shows the change.
        assertThat(titles(newOutsider)).as("a new outsider").containsExactly("PUBLIC");
        assertThat(titles(newCoordinator)).as("a new coordinator")
                .containsExactly("PUBLIC", "MEMBERS", "COMMITTEE", "WORKGROUP");
        assertThat(titles(newStakeholder)).as("a new member, read for them").containsExactly("RENAMED PUBLIC", "MEMBERS");
        jdbc.update("update initiative set region = region where id = ?", initiative); // any commit of content
        for (Actor reader : readers) {
            assertThat(titles(reader)).as(who(reader) + " after a commit").first().isEqualTo("RENAMED PUBLIC");
        }
    }

    /** The reader's titles of this test's resources, in a request of its own, oldest first. */
    private List<String> titles(Actor reader) {
        newRequestOf(reader);
        return resources.list(initiative, 0, 200).stream().map(ResourceItem::title).filter(t -> t.endsWith(unique))
                .map(t -> t.substring(0, t.length() - unique.length() - 1)).toList().reversed();
    }

    private static String who(Actor reader) {
        return reader == null ? "a visitor" : reader.name();
    }
}
