package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.stakeholders.internal.ParticipationQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate participation of an initiative's approved stakeholders for its coordinators: by sector,
 * by region, and by the optional, self-identified demographics, every count below five suppressed.
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
        long total = queries.approved(initiativeId);
        List<ParticipationSummary.Count> race = new ArrayList<>();
        Map<String, Long> raceCounts = new TreeMap<>();
        for (String answer : queries.raceEthnicityAnswers(initiativeId)) {
            for (String value : answer.split(",")) {
                raceCounts.merge(value, 1L, Long::sum);
            }
        }
        raceCounts.forEach((key, count) -> race.add(ParticipationSummary.of(key, count)));
        long answered = queries.answeredDemographics(initiativeId);
        return new ParticipationSummary(total, suppressed(queries.bySector(initiativeId)),
                suppressed(queries.byRegion(initiativeId)), race, suppressed(queries.byGender(initiativeId)),
                suppressed(queries.byLivedExperience(initiativeId)),
                answered < Demographics.SUPPRESS_BELOW ? null : answered);
    }

    private static List<ParticipationSummary.Count> suppressed(List<ParticipationQueries.KeyCount> counts) {
        return counts.stream().map(c -> ParticipationSummary.of(c.key(), c.count())).toList();
    }
}
