package app.convene.convenings;

/** PENDING: a guest who has not followed the mailed link yet; EXPIRED: one who never did. Labels: {@code rsvp.status.<NAME>}. */
public enum RsvpStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, EXPIRED
}
