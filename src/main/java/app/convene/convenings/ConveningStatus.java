package app.convene.convenings;

/** A cancelled occurrence keeps its RSVPs for the record. Labels: {@code convening.status.<NAME>}. */
public enum ConveningStatus {
    SCHEDULED, CANCELLED
}
