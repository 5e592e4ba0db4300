package app.convene.timeline;

import static app.convene.support.FieldRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.InitiativeRole;
import app.convene.support.ConveneTest;
import app.convene.support.SignIn;
import app.convene.support.SmallInitiatives;
import app.convene.support.TableCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A NUL character in a milestone's title, description or status note is refused by its field; nothing is saved. */
@ConveneTest
// Creates initiatives: a database of its own (shared with the other tests that do).
@TestPropertySource(properties = "convene.test.database=initiative-people")
class MilestoneTextTest {

    private static final String NUL = "error.nulCharacter";

    @Autowired
    SmallInitiatives small;
    @Autowired
    MilestoneService milestones;
    @Autowired
    JdbcTemplate jdbc;

    long initiative;

    @BeforeEach
    void signInAsCoordinator() {
        initiative = small.initiative();
        SignIn.as(small.withRole(initiative, InitiativeRole.COORDINATOR, "Coordinator"));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNulCharacterInTitleDescriptionOrNoteIsRefusedByTheField() {
        long id = milestones.save(initiative, null, null, draft("Plain", null)).id();
        long version = milestones.get(id).version();
        Map<String, Integer> before = counts();

        assertRefused(() -> milestones.save(initiative, null, null, draft("Title\0", null)), "title", NUL);
        assertRefused(() -> milestones.save(initiative, id, version, draft("Plain", "Description\0")), "description", NUL);
        assertRefused(() -> milestones.updateStatus(id, version, MilestoneStatus.IN_PROGRESS, "Note\0"), "note", NUL);
        assertRefused(() -> milestones.cancel(id, version, "Reason\0"), "note", NUL);

        assertThat(counts()).isEqualTo(before);
        assertThat(milestones.get(id).description()).isNull();
        assertThat(milestones.get(id).status()).isEqualTo(MilestoneStatus.PLANNED);
    }

    private static MilestoneDraft draft(String title, String description) {
        return new MilestoneDraft(title, description, null, null, null, null, LocalDate.of(2030, 1, 1),
                MilestoneStatus.PLANNED, Set.of(), false);
    }

    private Map<String, Integer> counts() {
        return TableCounts.of(jdbc, List.of("milestone", "milestone_progress", "audit_event"));
    }
}
