package app.convene.stakeholders;

import java.util.List;

/**
 * Who is at the table, in aggregate only. A count below {@link Demographics#SUPPRESS_BELOW} is
 * suppressed ({@code count} is null) so that no small group, and no person, can be singled out.
 */
public record ParticipationSummary(long stakeholders, List<Count> bySector, List<Count> byRegion,
                                   List<Count> byRaceEthnicity, List<Count> byGender, List<Count> byLivedExperience,
                                   Long answeredDemographics) {

    /** A labelled count; {@code count == null} means fewer than five, suppressed. */
    public record Count(String key, Long count) {

        public boolean suppressed() {
            return count == null;
        }
    }

    static Count of(String key, long count) {
        return new Count(key, count < Demographics.SUPPRESS_BELOW ? null : count);
    }
}
