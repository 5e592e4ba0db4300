package app.convene.security;

/**
 * What {@link Authorization} needs to know about an initiative's state, supplied by the initiatives module
 * (which depends on security, not the other way round).
 */
public interface InitiativeStates {

    /** Whether the initiative is archived: read-only for everyone until an administrator restores it. */
    boolean readOnly(long initiativeId);
}
