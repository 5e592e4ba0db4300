package app.convene.recommendations;

import app.convene.initiatives.InitiativeDirectory;
import app.convene.recommendations.internal.SourceQueries;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.database.SharedReads;
import app.convene.workgroups.WorkgroupService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals and workgroups of the initiative a recommendation comes from. */
@Service
@Transactional(readOnly = true)
public class RecommendationSourcesService {

    private static final int MAX_WORKGROUPS = 500;

    private final RecommendationInitiatives recommendations;
    private final SourceQueries queries;
    private final InitiativeDirectory initiatives;
    private final WorkgroupService workgroups;
    private final Authorization authorization;
    private final AuditLog audit;
    private final SharedReads shared;

    RecommendationSourcesService(RecommendationInitiatives recommendations, SourceQueries queries,
                                 InitiativeDirectory initiatives, WorkgroupService workgroups,
                                 Authorization authorization, AuditLog audit, SharedReads shared) {
        this.shared = shared;
        this.audit = audit;
        this.recommendations = recommendations;
        this.queries = queries;
        this.initiatives = initiatives;
        this.workgroups = workgroups;
        this.authorization = authorization;
    }

    /**
     * The goals and workgroups of the initiative that a recommendation can newly name as its sources: retired goals
     * are not offered (a recommendation that already names one keeps it, see {@link #sources(long)}).
     */
    public Sources sourceOptions(long initiativeId) {
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        return new Sources(goals(initiativeId, false), workgroupOptions(initiativeId));
    }

    /** The goals and workgroups the recommendation comes from, retired goals included. */
    public Sources sources(long recommendationId) {
        long initiativeId = recommendations.of(recommendationId);
        authorization.check(Action.VIEW_RECOMMENDATIONS, initiativeId);
        // Kept per data version (SharedReads, decision 81): the editor shows them at every visit.
        SourceIds ids = shared.get(new SourceIdsOf(recommendationId), () -> new SourceIds(
                Set.copyOf(queries.goalIds(recommendationId)), Set.copyOf(queries.workgroupIds(recommendationId))));
        Set<Long> goalIds = ids.goals();
        Set<Long> groupIds = ids.workgroups();
        // The initiative's goals and workgroups are read only for the kinds the recommendation names (issue 19).
        return new Sources(goalIds.isEmpty() ? List.of()
                : goals(initiativeId, true).stream().filter(g -> goalIds.contains(g.id())).toList(),
                groupIds.isEmpty() ? List.of()
                        : workgroupOptions(initiativeId).stream().filter(w -> groupIds.contains(w.id())).toList());
    }

    /**
     * Sets the goals and workgroups the recommendation comes from (only the initiative's own; a retired goal only
     * if the recommendation already names it).
     */
    @Transactional
    public void setSources(long recommendationId, Set<Long> goalIds, Set<Long> workgroupIds) {
        long initiativeId = recommendations.of(recommendationId);
        authorization.check(Action.DRAFT_RECOMMENDATIONS, initiativeId);
        Sources options = sourceOptions(initiativeId);
        Sources before = sources(recommendationId);
        Set<Long> allowedGoals = ids(options.goals());
        allowedGoals.addAll(ids(before.goals()));
        if (!allowedGoals.containsAll(goalIds) || !ids(options.workgroups()).containsAll(workgroupIds)) {
            throw new ValidationError("sources", "recommendations.error.sources");
        }
        queries.replace(recommendationId, goalIds, workgroupIds);
        audit.record("recommendation.sourcesSet", "recommendation", recommendationId, initiativeId, names(before),
                names(sources(recommendationId)));
    }

    private List<Sources.Named> goals(long initiativeId, boolean withRetired) {
        return initiatives.findById(initiativeId).map(i -> (withRetired ? i.goals() : i.offeredGoals()).stream()
                .map(g -> new Sources.Named(g.id(), g.title())).toList()).orElse(List.of());
    }

    private List<Sources.Named> workgroupOptions(long initiativeId) {
        return workgroups.list(initiativeId, PageRequest.of(0, MAX_WORKGROUPS))
                .stream().map(w -> new Sources.Named(w.id(), w.name())).toList();
    }

    private static String names(Sources sources) {
        return "goals " + sources.goals().stream().map(Sources.Named::name).toList() + ", workgroups "
                + sources.workgroups().stream().map(Sources.Named::name).toList();
    }

    private record SourceIdsOf(long recommendationId) {
    }

    private record SourceIds(Set<Long> goals, Set<Long> workgroups) {
    }

    private static Set<Long> ids(List<Sources.Named> named) {
        return named.stream().map(Sources.Named::id).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
