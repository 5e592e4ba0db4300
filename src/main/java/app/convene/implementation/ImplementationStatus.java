package app.convene.implementation;

/** Where a published recommendation's implementation stands; not pursued needs a reason. */
public enum ImplementationStatus {
    NOT_STARTED, IN_PROGRESS, IMPLEMENTED, NOT_PURSUED
}
