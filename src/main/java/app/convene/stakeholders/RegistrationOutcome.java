package app.convene.stakeholders;

/**
 * What storing a registration's answers did (for the audit log, the mail and the confirmation page;
 * the public form itself answers the same whatever happened).
 */
public enum RegistrationOutcome {
    /** A new registration waits for the coordinators. */
    RECEIVED,
    /** A pending registration now holds the answers its mailbox confirmed. */
    UPDATED,
    /** An approved stakeholder's profile now holds the answers their mailbox confirmed; still approved. */
    PROFILE_UPDATED,
    /** A declined (or imported, account-less) registration goes back to the coordinators with the confirmed answers. */
    RESUBMITTED
}
