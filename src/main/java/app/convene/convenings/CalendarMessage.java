package app.convene.convenings;

/**
 * A mail to one RSVP about a convening, sent after commit: {@code key} names the subject and body texts
 * ({@code <key>.subject}, {@code <key>.body}, both with the parameters); {@code calendar} and {@code method}
 * the attached RFC 5546 message, or null for none.
 */
record CalendarMessage(String email, String key, Object[] params, String calendar, String method) {
}
