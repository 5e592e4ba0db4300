package app.convene.recommendations;

/** A run of words in a comparison: unchanged, inserted in the newer revision or deleted from the older. */
public record DiffSegment(Kind kind, String text) {
    public enum Kind { SAME, INSERTED, DELETED }
}
