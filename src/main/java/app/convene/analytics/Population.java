package app.convene.analytics;

/**
 * Whom a representation target is about: the initiative's steering committee (its current committee members),
 * the approved stakeholders who attended at least one of its convenings, or all its approved stakeholders.
 * Labels: {@code analytics.population.<NAME>}.
 */
public enum Population {
    STEERING_COMMITTEE, ATTENDEES, APPROVED_STAKEHOLDERS
}
