package app.convene.stakeholders;

import java.util.List;

/**
 * Who is at the table, in aggregate only. Sector and region counts are exact, a count below
 * {@link Demographics#SUPPRESS_BELOW} suppressed ({@code count} is null); the demographics go through the
 * disclosure control ({@link DemographicsTables}), so no person's answers can be recovered by arithmetic.
 */
public record ParticipationSummary(long stakeholders, List<Count> bySector, List<Count> byRegion,
                                   DemographicsTables demographics) {

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
