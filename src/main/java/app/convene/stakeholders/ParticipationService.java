package app.convene.stakeholders;

import app.convene.security.Action;
import app.convene.security.Authorization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate participation of an initiative's approved stakeholders for its coordinators: by sector,
 * by region, and by the optional, self-identified demographics, every count below five suppressed.
 */
@Service
@Transactional(readOnly = true)
public class ParticipationService {

    private final JdbcTemplate jdbc;
    private final Authorization authorization;

    ParticipationService(JdbcTemplate jdbc, Authorization authorization) {
        this.jdbc = jdbc;
        this.authorization = authorization;
    }

    public ParticipationSummary summary(long initiativeId) {
        authorization.check(Action.MANAGE_STAKEHOLDERS, initiativeId);
        String approved = " from registration where initiative_id = ? and status = 'APPROVED'";
        long total = jdbc.queryForObject("select count(*)" + approved, Long.class, initiativeId);
        List<ParticipationSummary.Count> race = new ArrayList<>();
        Map<String, Long> raceCounts = new TreeMap<>();
        jdbc.query("select race_ethnicity" + approved + " and race_ethnicity is not null", rs -> {
            for (String value : rs.getString(1).split(",")) {
                raceCounts.merge(value, 1L, Long::sum);
            }
        }, initiativeId);
        raceCounts.forEach((key, count) -> race.add(ParticipationSummary.of(key, count)));
        long answered = jdbc.queryForObject("select count(*)" + approved
                + " and (race_ethnicity is not null or gender is not null or lived_experience is not null)", Long.class,
                initiativeId);
        return new ParticipationSummary(total, counts("sector", approved, initiativeId),
                counts("coalesce(region, county)", approved, initiativeId), race,
                counts("gender", approved + " and gender is not null", initiativeId),
                counts("lived_experience", approved + " and lived_experience is not null", initiativeId),
                answered < Demographics.SUPPRESS_BELOW ? null : answered);
    }

    private List<ParticipationSummary.Count> counts(String column, String from, long initiativeId) {
        return jdbc.query("select " + column + " as k, count(*) as n" + from + " group by 1 order by 2 desc, 1",
                (rs, i) -> ParticipationSummary.of(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n")),
                initiativeId);
    }
}
