package app.convene.convenings;

import java.time.LocalDateTime;

/**
 * A convening as its editor fills it in. Times are wall-clock times in the initiative's time zone; the
 * online link is shown by the RSVP part to people with an RSVP only.
 */
public record ConveningDraft(ConveningKind kind, String title, String description, LocalDateTime start,
                             LocalDateTime end, ConveningFormat format, String venue, String address, String accessNotes,
                             String onlineLink, Integer capacity, LocalDateTime rsvpDeadline,
                             ConveningVisibility visibility, Long hostWorkgroupId, Long phaseId) {

    /** The same convening at other times (a series' next occurrence, a move). */
    public ConveningDraft at(LocalDateTime newStart, LocalDateTime newEnd, LocalDateTime newDeadline) {
        return new ConveningDraft(kind, title, description, newStart, newEnd, format, venue, address, accessNotes,
                onlineLink, capacity, newDeadline, visibility, hostWorkgroupId, phaseId);
    }

    /** The same convening under another title (a series' occurrence with its own topic). */
    public ConveningDraft titled(String newTitle) {
        return new ConveningDraft(kind, newTitle, description, start, end, format, venue, address, accessNotes,
                onlineLink, capacity, rsvpDeadline, visibility, hostWorkgroupId, phaseId);
    }
}
