package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.shared.SiteSettings;
import app.convene.timeline.CalendarEvent;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A convening as a calendar event: stable UID, its initiative's zone, its sequence, where it happens. */
@Component
class ConveningEvents {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteSettings site;

    ConveningEvents(SiteSettings site) {
        this.site = site;
    }

    /** The online link only goes to people with an RSVP (invitations, reminders), never to files and feeds. */
    CalendarEvent of(ConveningRow c, boolean withOnlineLink) {
        String location = Stream.of(c.venue(), c.address(), withOnlineLink ? c.onlineLink() : null)
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return new CalendarEvent("convening-" + c.id() + "@" + host(), c.start(), c.end(), zone(c), c.sequence(),
                c.title(), c.description(), location.isEmpty() ? null : location, page(c.id()), c.cancelled());
    }

    /** The convening's page, for links in mail and calendars. */
    String page(long conveningId) {
        return site.publicUrl() + "/convenings/" + conveningId;
    }

    /** Start time in the initiative's zone, as notices and mail show it. */
    String when(ConveningRow c) {
        return WHEN.format(LocalDateTime.ofInstant(c.start(), zone(c))) + " (" + zone(c).getId() + ")";
    }

    /** Where, as notices and mail show it (venue and address; the link for people with an RSVP). */
    String where(ConveningRow c, boolean withOnlineLink) {
        String location = of(c, withOnlineLink).location();
        return location == null ? "—" : location;
    }

    /** The organizer's address in invitations: the site's contact address, or a no-reply one of its host. */
    String organizer() {
        String contact = site.contactAddress();
        return contact != null && contact.contains("@") ? contact.trim() : "no-reply@" + host();
    }

    String host() {
        String host = URI.create(site.publicUrl()).getHost();
        return host == null ? "convene" : host;
    }

    private static ZoneId zone(ConveningRow c) {
        try {
            return ZoneId.of(c.timeZone());
        } catch (RuntimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
