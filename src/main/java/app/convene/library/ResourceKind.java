package app.convene.library;

/** A stored file (with versions) or a link to elsewhere. */
public enum ResourceKind {
    FILE, LINK
}
