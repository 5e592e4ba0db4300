package app.convene.convenings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A convening as its readers see it (no online link: the RSVP part shows that to people with an RSVP). */
public record ConveningItem(long id, long version, long initiativeId, Long seriesId, ConveningKind kind, String title,
                            String description, Instant startsAt, Instant endsAt, ZoneId zone, ConveningFormat format,
                            String venue, String address, String accessNotes, Integer capacity, Instant rsvpDeadline,
                            ConveningVisibility visibility, Long hostWorkgroupId, Long phaseId, ConveningStatus status,
                            int sequence) {

    public ZonedDateTime start() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(zone);
    }

    public boolean cancelled() {
        return status == ConveningStatus.CANCELLED;
    }
}
