package app.convene.initiatives;

/**
 * Where an initiative stands. A draft is seen by its members and administrators only; a published one
 * by everyone; an archived one leaves the home page and is read-only, its pages kept for its members.
 * Labels: {@code initiative.status.<NAME>}.
 */
public enum InitiativeStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
