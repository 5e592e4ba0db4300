package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.support.ConveneTest;
import app.convene.support.Fixtures;
import app.convene.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

@ConveneTest
@TestPropertySource(properties = "convene.test.database=phases")
class PhaseEditingTest {

    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    long initiative;

    @BeforeEach
    void anInitiativeWithTwoPhases() {
        initiative = Authorization.runAsSystem(() -> initiatives.create(new NewInitiative(
                "phases-" + System.nanoTime(), "Phases", "Region", null, null, null, List.of(), List.of(
                new NewInitiative.PhaseDraft("One", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                new NewInitiative.PhaseDraft("Two", null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))))));
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
    void anOverlappingPhaseIsRefusedUnlessMarkedParallel() {
        assertThatThrownBy(() -> initiatives.savePhase(initiative, null, null,
                new PhaseDraft("Three", null, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31), false)))
                .isInstanceOfSatisfying(PhaseOverlapException.class, e -> assertThat(e.otherPhase()).isEqualTo("Two"));

        long id = initiatives.savePhase(initiative, null, null,
                new PhaseDraft("Three", null, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31), true));

        assertThat(initiatives.phasesForEditing(initiative)).extracting(InitiativeService.PhaseEdit::name)
                .containsExactly("One", "Two", "Three");
        assertThat(initiatives.phasesForEditing(initiative).getLast().id()).isEqualTo(id);
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndAStaleSaveToo() {
        assertThatThrownBy(() -> initiatives.savePhase(initiative, null, null,
                new PhaseDraft("Backwards", null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), false)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("endAfterStart");
        InitiativeService.PhaseEdit one = initiatives.phasesForEditing(initiative).getFirst();
        initiatives.savePhase(initiative, one.id(), one.version(),
                new PhaseDraft("One, revised", null, one.start(), one.end(), false));
        assertThatThrownBy(() -> initiatives.savePhase(initiative, one.id(), one.version(),
                new PhaseDraft("One, stale", null, one.start(), one.end(), false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(initiatives.phasesForEditing(initiative).getFirst().name()).isEqualTo("One, revised");
    }

    @Test
    void phasesCanBeReordered() {
        long two = initiatives.phasesForEditing(initiative).get(1).id();
        initiatives.movePhase(initiative, two, -1);
        assertThat(initiatives.phasesForEditing(initiative)).extracting(InitiativeService.PhaseEdit::name)
                .containsExactly("Two", "One");
    }

    @Test
    void onlyCoordinatorsEditPhases() {
        long jordan = fixtures.personId("Jordan Ellis");
        SignIn.as(new Actor(jordan, "Jordan Ellis", false));
        assertThatThrownBy(() -> initiatives.savePhase(initiative, null, null,
                new PhaseDraft("Mine", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from phase where initiative_id = ?", Integer.class, initiative))
                .isEqualTo(2);
    }
}
