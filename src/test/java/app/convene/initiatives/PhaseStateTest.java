package app.convene.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.initiatives.InitiativeDetails.PhaseInfo;
import app.convene.initiatives.InitiativeDetails.PhaseState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhaseStateTest {

    private final PhaseInfo phase = new PhaseInfo(1, 1, "Phase 1", null, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 11, 30));

    @Test
    void phaseIsUpcomingBeforeItsFirstDayCurrentThroughItsLastAndCompletedAfter() {
        assertThat(phase.stateOn(LocalDate.of(2022, 5, 31))).isEqualTo(PhaseState.UPCOMING);
        assertThat(phase.stateOn(LocalDate.of(2022, 6, 1))).isEqualTo(PhaseState.CURRENT);
        assertThat(phase.stateOn(LocalDate.of(2022, 11, 30))).isEqualTo(PhaseState.CURRENT);
        assertThat(phase.stateOn(LocalDate.of(2022, 12, 1))).isEqualTo(PhaseState.COMPLETED);
    }

    @Test
    void aPhasePastItsEndWithOpenMilestonesHasEndedWithThemOpenNotCompleted() {
        assertThat(phase.stateOn(LocalDate.of(2022, 12, 1), 2)).isEqualTo(PhaseState.ENDED_OPEN);
        assertThat(phase.stateOn(LocalDate.of(2022, 12, 1), 0)).isEqualTo(PhaseState.COMPLETED);
        assertThat(phase.stateOn(LocalDate.of(2022, 11, 30), 2)).as("still under way").isEqualTo(PhaseState.CURRENT);
        assertThat(phase.stateOn(LocalDate.of(2022, 5, 31), 2)).isEqualTo(PhaseState.UPCOMING);
    }
}
