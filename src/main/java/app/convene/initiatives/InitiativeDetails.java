package app.convene.initiatives;

import java.time.LocalDate;
import java.util.List;

/** What an initiative's public page shows. */
public record InitiativeDetails(long id, String slug, String name, String region, String summary,
                                String vision, String mission, List<Goal> goals, List<PhaseInfo> phases) {

    public record Goal(long id, int position, String title, String description, List<String> strategies) {
    }

    public record PhaseInfo(long id, int position, String name, String description, LocalDate start, LocalDate end) {

        /** Where the phase stands on the given day. */
        public PhaseState stateOn(LocalDate day) {
            if (day.isBefore(start)) {
                return PhaseState.UPCOMING;
            }
            return day.isAfter(end) ? PhaseState.COMPLETED : PhaseState.CURRENT;
        }
    }

    public enum PhaseState { UPCOMING, CURRENT, COMPLETED }
}
