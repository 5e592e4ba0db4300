package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The initiatives module's boundary. Everything shown here is public (an initiative's public page);
 * operations on non-public data arrive with sign-in and check authorization here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InitiativeService {

    private final InitiativeRepository initiatives;

    InitiativeService(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    public Slice<InitiativeSummary> listPublic(Pageable pageable) {
        return initiatives.findSummaries(pageable);
    }

    public long count() {
        return initiatives.count();
    }

    public Optional<InitiativeDetails> findPublicBySlug(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return initiatives.findBySlug(slug).map(InitiativeService::details);
    }

    public boolean exists(String slug) {
        return initiatives.existsBySlug(slug);
    }

    @Transactional
    public long create(@Valid NewInitiative draft) {
        if (initiatives.existsBySlug(draft.slug())) {
            throw new IllegalArgumentException("An initiative with the address '" + draft.slug() + "' exists already");
        }
        Initiative initiative = new Initiative(draft.slug(), draft.name().strip(), draft.region().strip());
        initiative.setSummary(draft.summary());
        initiative.setVision(draft.vision());
        initiative.setMission(draft.mission());
        draft.goals().forEach(goal -> initiative.addGoal(goal.title().strip(), goal.description(), goal.strategies()));
        draft.phases().forEach(phase -> initiative.addPhase(phase.name().strip(), phase.description(), phase.start(), phase.end()));
        return initiatives.save(initiative).getId();
    }

    private static InitiativeDetails details(Initiative i) {
        return new InitiativeDetails(i.getId(), i.getSlug(), i.getName(), i.getRegion(), i.getSummary(),
                i.getVision(), i.getMission(),
                i.getGoals().stream()
                        .map(g -> new InitiativeDetails.Goal(g.getId(), g.getPosition(), g.getTitle(),
                                g.getDescription(), List.copyOf(g.getStrategies())))
                        .toList(),
                i.getPhases().stream()
                        .map(p -> new InitiativeDetails.PhaseInfo(p.getId(), p.getPosition(), p.getName(),
                                p.getDescription(), p.getStartDate(), p.getEndDate()))
                        .toList());
    }
}
