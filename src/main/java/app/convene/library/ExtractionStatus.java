package app.convene.library;

/** Whether a version's text is in the search index yet: waiting, indexed, or could not be read (with a reason). */
public enum ExtractionStatus {
    PENDING, INDEXED, FAILED
}
