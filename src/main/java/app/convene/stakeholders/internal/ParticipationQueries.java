package app.convene.stakeholders.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts over an initiative's approved registrations, for the participation summary (raw, not yet suppressed). */
@Repository
public class ParticipationQueries {

    private static final String APPROVED = " from registration where initiative_id = ? and status = 'APPROVED'";

    private final JdbcClient jdbc;

    ParticipationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A value and how many approved stakeholders have it. */
    public record KeyCount(String key, long count) {
    }

    public long approved(long initiativeId) {
        return jdbc.sql("select count(*)" + APPROVED).param(initiativeId).query(Long.class).single();
    }

    /** The stored race/ethnicity answers (each a comma-separated list), one per stakeholder who answered. */
    public List<String> raceEthnicityAnswers(long initiativeId) {
        List<String> answers = new ArrayList<>();
        jdbc.sql("select race_ethnicity" + APPROVED + " and race_ethnicity is not null").param(initiativeId)
                .query(rs -> {
                    answers.add(rs.getString(1));
                });
        return answers;
    }

    /** How many answered at least one demographic question. */
    public long answeredDemographics(long initiativeId) {
        return jdbc.sql("select count(*)" + APPROVED
                        + " and (race_ethnicity is not null or gender is not null or lived_experience is not null)")
                .param(initiativeId).query(Long.class).single();
    }

    public List<KeyCount> bySector(long initiativeId) {
        return counts("sector", APPROVED, initiativeId);
    }

    public List<KeyCount> byRegion(long initiativeId) {
        return counts("coalesce(region, county)", APPROVED, initiativeId);
    }

    public List<KeyCount> byGender(long initiativeId) {
        return counts("gender", APPROVED + " and gender is not null", initiativeId);
    }

    public List<KeyCount> byLivedExperience(long initiativeId) {
        return counts("lived_experience", APPROVED + " and lived_experience is not null", initiativeId);
    }

    /** Counts by a fixed column expression (never user input), most first. */
    private List<KeyCount> counts(String column, String from, long initiativeId) {
        return jdbc.sql("select " + column + " as k, count(*) as n" + from + " group by 1 order by 2 desc, 1")
                .param(initiativeId)
                .query((rs, i) -> new KeyCount(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n")))
                .list();
    }
}
