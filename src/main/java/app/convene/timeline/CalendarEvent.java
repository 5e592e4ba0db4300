package app.convene.timeline;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A timed event another module adds to a calendar feed (e.g. a convening), in the zone it was meant in.
 *
 * @param uid       stable across changes (RFC 5545 UID)
 * @param sequence  raised on every change calendars must follow (RFC 5546 SEQUENCE)
 * @param location  may be null; {@code url} and {@code description} too
 */
public record CalendarEvent(String uid, Instant start, Instant end, ZoneId zone, int sequence, String summary,
                            String description, String location, String url, boolean cancelled) {
}
