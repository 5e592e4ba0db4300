package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.InitiativeDirectory;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The initiatives module's boundary. Reads here are public (an initiative's public page); every
 * write checks {@link Authorization} first and is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InitiativeService implements InitiativeDirectory {

    private final InitiativeRepository initiatives;
    private final Authorization authorization;
    private final AuditLog audit;

    InitiativeService(InitiativeRepository initiatives, Authorization authorization, AuditLog audit) {
        this.initiatives = initiatives;
        this.authorization = authorization;
        this.audit = audit;
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

    @Override
    public Optional<InitiativeRef> findBySlug(String slug) {
        return findPublicBySlug(slug).map(InitiativeService::ref);
    }

    @Override
    public Optional<InitiativeRef> findById(long id) {
        return initiatives.findById(id).map(InitiativeService::details).map(InitiativeService::ref);
    }

    private static InitiativeRef ref(InitiativeDetails details) {
        return new InitiativeRef(details.id(), details.slug(), details.name(),
                details.goals().stream().map(g -> new GoalRef(g.id(), g.title())).toList(),
                details.phases().stream().map(p -> new PhaseRef(p.id(), p.name(), p.start(), p.end())).toList());
    }

    public boolean exists(String slug) {
        return initiatives.existsBySlug(slug);
    }

    /** Creates an initiative with its goals and phases (administrators). */
    @Transactional
    public long create(@Valid NewInitiative draft) {
        authorization.check(Action.CREATE_INITIATIVE, null);
        if (initiatives.existsBySlug(draft.slug())) {
            throw new IllegalArgumentException("An initiative with the address '" + draft.slug() + "' exists already");
        }
        Initiative initiative = new Initiative(draft.slug(), draft.name().strip(), draft.region().strip());
        initiative.setSummary(draft.summary());
        initiative.setVision(draft.vision());
        initiative.setMission(draft.mission());
        draft.goals().forEach(goal -> initiative.addGoal(goal.title().strip(), goal.description(), goal.strategies()));
        draft.phases().forEach(phase -> initiative.addPhase(phase.name().strip(), phase.description(), phase.start(), phase.end()));
        long id = initiatives.save(initiative).getId();
        audit.record("initiative.created", "initiative", id, id, null,
                "slug=" + draft.slug() + ", name=" + draft.name() + ", goals=" + draft.goals().size()
                        + ", phases=" + draft.phases().size());
        return id;
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
