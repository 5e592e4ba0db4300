package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.stakeholders.internal.ParticipationQueries;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate participation of an initiative's approved stakeholders for its coordinators: by sector and by
 * region (exact, counts below five suppressed), and by the optional, self-identified demographics, every
 * count of which goes through the disclosure control (decision 0040).
 */
@Service
@Transactional(readOnly = true)
public class ParticipationService {

    private final ParticipationQueries queries;
    private final Authorization authorization;

    ParticipationService(ParticipationQueries queries, Authorization authorization) {
        this.queries = queries;
        this.authorization = authorization;
    }

    public ParticipationSummary summary(long initiativeId) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        return new ParticipationSummary(queries.approved(initiativeId), suppressed(queries.bySector(initiativeId)),
                suppressed(queries.byRegion(initiativeId)),
                DemographicsTables.of(queries.demographics(initiativeId, null)));
    }

    /**
     * The protected demographics of some of the initiative's people (those with an approved registration),
     * e.g. a workgroup's members for its balance tab (coordinators).
     */
    public DemographicsTables demographicsOf(long initiativeId, Collection<Long> personIds) {
        authorization.check(Action.VIEW_WORKGROUP_BALANCE, initiativeId);
        return DemographicsTables.of(queries.demographics(initiativeId, List.copyOf(personIds)));
    }

    private static List<ParticipationSummary.Count> suppressed(List<ParticipationQueries.KeyCount> counts) {
        return counts.stream().map(c -> ParticipationSummary.of(c.key(), c.count())).toList();
    }
}
