package app.convene.convenings;

/** Where it happens. The online link is shown only to people with an RSVP. Labels: {@code convening.format.<NAME>}. */
public enum ConveningFormat {
    IN_PERSON, ONLINE, HYBRID
}
