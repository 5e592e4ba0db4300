package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.initiatives.GoalService.GoalEdit;
import app.convene.initiatives.InitiativeContentService.ContentEdit;
import app.convene.initiatives.InitiativeContentService.ContentSave;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import app.convene.workgroups.WorkgroupService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Coordinators edit an initiative's texts and goals in two languages; readers get theirs, or the original. */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=initiative-content")
class InitiativeContentTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    InitiativeContentService content;
    @Autowired
    GoalService goals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    long initiative;
    String slug;

    @BeforeEach
    void anInitiativeWithACoordinator() {
        slug = "content-" + System.nanoTime();
        initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(slug, "Inland Table",
                "Inland Empire", "A table.", "We see *jobs*.", "We convene.", List.of(), List.of())));
        long maya = fixtures.personId("Maya Thompson");
        Authorization.runAsSystem(() -> {
            jdbc.update("insert into initiative_role (initiative_id, person_id, role) values (?, ?, 'COORDINATOR')", initiative, maya);
            return null;
        });
        SignIn.as(new Actor(maya, "Maya Thompson", false));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSaveOnTopOfSomeoneElsesIsRefusedAndOverwritesNothing() {
        ContentEdit mine = content.contentForEditing(initiative);
        ContentEdit theirs = content.contentForEditing(initiative);
        assertThat(mine.missing()).containsExactly("name", "summary", "vision", "mission");

        ContentSave first = content.saveContent(initiative, theirs.version(), draft("Inland Table", "Their vision", null));
        ContentSave second = content.saveContent(initiative, mine.version(), draft("Inland Table", "My vision", "Mi visión"));

        assertThat(first).isInstanceOf(ContentSave.Saved.class);
        assertThat(second).isInstanceOfSatisfying(ContentSave.Conflict.class,
                conflict -> assertThat(conflict.current().texts().vision()).isEqualTo("Their vision"));
        assertThat(content.contentForEditing(initiative).texts().vision()).isEqualTo("Their vision");
        assertThat(jdbc.queryForList("select before_state || ' -> ' || after_state from audit_event"
                + " where action = 'initiative.edited' and initiative_id = ?", String.class, initiative))
                .containsExactly("{vision=We see *jobs*.} -> {vision=Their vision}");

        // Saved on top of the version the conflict showed: accepted.
        ContentSave third = content.saveContent(initiative,
                ((ContentSave.Conflict) second).current().version(), draft("Inland Table", "My vision", "Mi visión"));
        assertThat(third).isInstanceOf(ContentSave.Saved.class);
        assertThat(content.contentForEditing(initiative).missing()).containsExactly("name", "summary", "mission");
    }

    @Test
    void readersGetTheirLanguageAndTheOriginalMarkedWithItsLanguageWhereNoTranslationExists() {
        ContentEdit edit = content.contentForEditing(initiative);
        content.saveContent(initiative, edit.version(), draft("Inland Table", "We see *jobs*.", "Vemos *empleos*."));
        goals.saveGoal(initiative, null, null, new GoalTexts("Goal 1", "Good jobs", "Buenos empleos", "Jobs.", null,
                List.of(new GoalTexts.Strategy("Map employers", "Mapear empleadores"), new GoalTexts.Strategy("Train", null))));

        long phase = initiatives.savePhase(initiative, null, null, new PhaseDraft("Planning", null,
                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 6, 30), false, "Planificación"));
        long untranslated = initiatives.savePhase(initiative, null, null, new PhaseDraft("Action", null,
                java.time.LocalDate.of(2027, 7, 1), java.time.LocalDate.of(2027, 12, 31), false));

        PublicContent spanish = content.publicContent(slug, "es").orElseThrow();
        PublicContent english = content.publicContent(slug, "en").orElseThrow();

        assertThat(spanish.vision()).isEqualTo(new LocalText("Vemos *empleos*.", "es"));
        assertThat(spanish.mission()).isEqualTo(new LocalText("We convene.", "en"));
        assertThat(spanish.name()).isEqualTo(new LocalText("Inland Table", "en"));
        assertThat(spanish.goals().getFirst().title()).isEqualTo(new LocalText("Buenos empleos", "es"));
        assertThat(spanish.goals().getFirst().description()).isEqualTo(new LocalText("Jobs.", "en"));
        assertThat(spanish.goals().getFirst().strategies()).containsExactly(
                new LocalText("Mapear empleadores", "es"), new LocalText("Train", "en"));
        assertThat(spanish.phaseNames()).containsEntry(phase, new LocalText("Planificación", "es"))
                .containsEntry(untranslated, new LocalText("Action", "en"));
        assertThat(initiatives.phasesForEditing(initiative).getFirst().nameTranslation()).isEqualTo("Planificación");
        assertThat(english.vision()).isEqualTo(new LocalText("We see *jobs*.", "en"));
        assertThat(english.goals().getFirst().title()).isEqualTo(new LocalText("Good jobs", "en"));
    }

    @Test
    void goalsAreReorderedAndARetiredGoalLeavesThePublicPageButKeepsItsWorkgroup() {
        long one = goals.saveGoal(initiative, null, null, goal("One"));
        long two = goals.saveGoal(initiative, null, null, goal("Two"));
        long three = goals.saveGoal(initiative, null, null, goal("Three"));
        long workgroup = workgroups.create(initiative, two, "Two's workgroup", null, null, false);

        goals.moveGoal(initiative, three, -1);
        goals.moveGoal(initiative, three, -1);
        assertThat(goals.goalsForEditing(initiative)).extracting(g -> g.texts().title()).containsExactly("Three", "One", "Two");

        goals.setRetired(initiative, two, true);

        assertThat(content.publicContent(slug, "en").orElseThrow().goals()).extracting(g -> g.title().text())
                .containsExactly("Three", "One");
        assertThat(goals.goalsForEditing(initiative)).extracting(GoalEdit::retired).containsExactly(false, false, true);
        assertThat(jdbc.queryForObject("select goal_id from workgroup where id = ?", Long.class, workgroup)).isEqualTo(two);
        assertThat(initiatives.findById(initiative).orElseThrow().goals()).extracting(InitiativeDirectory.GoalRef::id)
                .contains(two);

        goals.setRetired(initiative, two, false);
        assertThat(content.publicContent(slug, "en").orElseThrow().goals()).extracting(g -> g.title().text())
                .containsExactly("Three", "One", "Two");
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'goal' and subject_id = ?"
                + " order by id", String.class, String.valueOf(two))).containsExactly("goal.added", "goal.retired", "goal.restored");
        assertThat(one).isPositive();
    }

    @Test
    void aDuplicateTitleAndAStaleGoalSaveAreRefused() {
        long one = goals.saveGoal(initiative, null, null, goal("Good jobs"));
        GoalEdit opened = goals.goalsForEditing(initiative).getFirst();

        assertThatThrownBy(() -> goals.saveGoal(initiative, null, null, goal(" good JOBS ")))
                .isInstanceOf(DuplicateGoalTitleException.class);
        goals.saveGoal(initiative, one, opened.version(), new GoalTexts("Goal 1", "Good jobs", null, null, null,
                List.of(new GoalTexts.Strategy("Second", null), new GoalTexts.Strategy("First", null))));
        assertThatThrownBy(() -> goals.saveGoal(initiative, one, opened.version(), goal("Stale")))
                .isInstanceOf(OptimisticLockingFailureException.class);

        GoalEdit saved = goals.goalsForEditing(initiative).getFirst();
        assertThat(saved.label()).isEqualTo("Goal 1 · Good jobs");
        assertThat(saved.texts().strategies()).extracting(GoalTexts.Strategy::text).containsExactly("Second", "First");
        assertThat(goals.goalsForEditing(initiative)).hasSize(1);
    }

    private static ContentDraft draft(String name, String vision, String visionTranslation) {
        return new ContentDraft(name, null, "Inland Empire", "A table.", null, vision, visionTranslation,
                "We convene.", null);
    }

    private static GoalTexts goal(String title) {
        return new GoalTexts(null, title, null, null, null, List.of());
    }
}
