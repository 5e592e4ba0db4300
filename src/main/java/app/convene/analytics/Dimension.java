package app.convene.analytics;

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

    /** The i18n key of a stored value's label, or null when the value is shown as stored. */
    public String labelKey(String value) {
        if (value == null || value.isEmpty()) {
            return demographic ? "analytics.notAnswered" : "analytics.unknown";
        }
        return labelPrefix == null ? null : labelPrefix + value;
    }
}
