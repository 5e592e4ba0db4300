package app.convene.stakeholders;

import java.util.Set;

/**
 * Optional, self-identified demographics. Shown per person only to that person; everywhere else
 * only in aggregate, with counts below {@link #SUPPRESS_BELOW} suppressed.
 */
public record Demographics(Set<RaceEthnicity> raceEthnicity, Gender gender, LivedExperience livedExperience) {

    public static final int SUPPRESS_BELOW = 5;
    public static final Demographics NONE = new Demographics(Set.of(), null, null);

    public Demographics {
        raceEthnicity = raceEthnicity == null ? Set.of() : Set.copyOf(raceEthnicity);
    }

    /** Labels: {@code demographics.race.<NAME>}. */
    public enum RaceEthnicity {
        AMERICAN_INDIAN_ALASKA_NATIVE, ASIAN, BLACK_AFRICAN_AMERICAN, HISPANIC_LATINO, MIDDLE_EASTERN_NORTH_AFRICAN,
        NATIVE_HAWAIIAN_PACIFIC_ISLANDER, WHITE, ANOTHER, PREFER_NOT_TO_SAY
    }

    /** Labels: {@code demographics.gender.<NAME>}. */
    public enum Gender { WOMAN, MAN, NON_BINARY, ANOTHER, PREFER_NOT_TO_SAY }

    /** Lived experience of the public workforce system. Labels: {@code demographics.lived.<NAME>}. */
    public enum LivedExperience { YES, NO, PREFER_NOT_TO_SAY }
}
