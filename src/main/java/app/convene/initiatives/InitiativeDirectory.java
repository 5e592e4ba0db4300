package app.convene.initiatives;

import java.util.List;
import java.util.Optional;

/**
 * Looks up an initiative and its goals by address or id, for modules the initiatives module itself
 * depends on (stakeholders). Implemented by the initiatives module; only public facts. By address, a draft or
 * an archived initiative is found only by its members and administrators.
 */
public interface InitiativeDirectory {

    Optional<InitiativeRef> findBySlug(String slug);

    Optional<InitiativeRef> findById(long id);

    /** Where the initiative stands (draft, published, archived). */
    InitiativeStatus statusOf(long initiativeId);

    /**
     * {@code goals}: every goal, retired ones included, so that what already names a goal (a workgroup, a
     * recommendation, a registration's interests) still finds its title. New choices offer {@link #offeredGoals()}.
     */
    record InitiativeRef(long id, String slug, String name, List<GoalRef> goals, List<PhaseRef> phases) {

        /** The goals a new choice may pick: the ones not retired, in order. */
        public List<GoalRef> offeredGoals() {
            return goals.stream().filter(g -> !g.retired()).toList();
        }
    }

    record PhaseRef(long id, String name, java.time.LocalDate start, java.time.LocalDate end) {
    }

    /** {@code retired}: off the public page and out of new choices, still named by what already links it. */
    record GoalRef(long id, String title, boolean retired) {
    }
}
