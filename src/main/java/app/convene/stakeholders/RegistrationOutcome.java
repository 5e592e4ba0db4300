package app.convene.stakeholders;

/** What registering did. */
public enum RegistrationOutcome {
    /** A new registration waits for the coordinators. */
    RECEIVED,
    /** The same email had a pending registration: it now holds the new answers. */
    UPDATED,
    /** The email belongs to an approved stakeholder already: nothing changed. */
    ALREADY_REGISTERED,
    /** The email was declined before: a new request goes back to the queue. */
    RESUBMITTED
}
