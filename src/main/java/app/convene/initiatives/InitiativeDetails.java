package app.convene.initiatives;

import java.time.LocalDate;
import java.util.List;

/** What an initiative's public page shows. */
public record InitiativeDetails(long id, String slug, String name, String region, String summary,
                                String vision, String mission, List<Goal> goals, List<PhaseInfo> phases,
                                InitiativeStatus status, String timeZone, List<String> languages) {

    public record Goal(long id, int position, String title, String description, List<String> strategies) {
    }

    public record PhaseInfo(long id, int position, String name, String description, LocalDate start, LocalDate end) {

        /** Where the phase stands on the given day, by its dates alone. */
        public PhaseState stateOn(LocalDate day) {
            return stateOn(day, 0);
        }

        /**
         * Where the phase stands on the given day, given how many of its milestones are still open (neither
         * done nor cancelled): past its last day it is completed only when none is.
         */
        public PhaseState stateOn(LocalDate day, int openMilestones) {
            if (day.isBefore(start)) {
                return PhaseState.UPCOMING;
            }
            if (!day.isAfter(end)) {
                return PhaseState.CURRENT;
            }
            return openMilestones > 0 ? PhaseState.ENDED_OPEN : PhaseState.COMPLETED;
        }
    }

    /** Labels: {@code phase.state.<NAME>}, with the number of open milestones as parameter. */
    public enum PhaseState { UPCOMING, CURRENT, COMPLETED, ENDED_OPEN }
}
