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

    record InitiativeRef(long id, String slug, String name, List<GoalRef> goals, List<PhaseRef> phases) {
    }

    record PhaseRef(long id, String name, java.time.LocalDate start, java.time.LocalDate end) {
    }

    record GoalRef(long id, String title) {
    }
}
