package app.convene.analytics;

import app.convene.stakeholders.Demographics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What people are counted by. The self-identified demographics ({@link #demographic()}) are only ever shown
 * through disclosure control; the others stay exact. Labels of stored values: {@code labelPrefix + value};
 * county and region are free text, shown as stored.
 */
public enum Dimension {
    SECTOR("sector.", false),
    COUNTY(null, false),
    REGION(null, false),
    ORGANIZATION_TYPE("organization.type.", false),
    RACE_ETHNICITY("demographics.race.", true),
    GENDER("demographics.gender.", true),
    LIVED_EXPERIENCE("demographics.lived.", true);

    private final String labelPrefix;
    private final boolean demographic;

    Dimension(String labelPrefix, boolean demographic) {
        this.labelPrefix = labelPrefix;
        this.demographic = demographic;
    }

    public boolean demographic() {
        return demographic;
    }

    /**
     * Every answer a demographic dimension can hold, in the form's order, then "not answered" (the empty value):
     * a protected table lists them all, empty ones included, so no row appears or disappears between two views
     * (decision 0040). Empty for the other dimensions, whose values are whatever is stored.
     */
    public List<String> categories() {
        Enum<?>[] answers = switch (this) {
            case RACE_ETHNICITY -> Demographics.RaceEthnicity.values();
            case GENDER -> Demographics.Gender.values();
            case LIVED_EXPERIENCE -> Demographics.LivedExperience.values();
            default -> new Enum<?>[0];
        };
        if (answers.length == 0) {
            return List.of();
        }
        List<String> categories = new ArrayList<>(Arrays.stream(answers).map(Enum::name).toList());
        categories.add("");
        return categories;
    }

    /** The i18n key of a stored value's label, or null when the value is shown as stored. */
    public String labelKey(String value) {
        if (value == null || value.isEmpty()) {
            return demographic ? "analytics.notAnswered" : "analytics.unknown";
        }
        return labelPrefix == null ? null : labelPrefix + value;
    }
}
