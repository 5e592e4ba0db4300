package app.convene.convenings;

/**
 * Published (once per convening and sweep) when people holding an RSVP were sent a change: the convening
 * moved or changed place ({@link Kind#CHANGED}) or was cancelled.
 */
public record ConveningChanged(long conveningId, Kind kind) {

    public enum Kind { CHANGED, CANCELLED }
}
