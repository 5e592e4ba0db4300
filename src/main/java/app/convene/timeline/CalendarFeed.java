package app.convene.timeline;

import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An iCalendar (RFC 5545) feed of an initiative's public milestones, as all-day events on their
 * due dates, that calendar clients can subscribe to: {@code /calendar/<initiative>.ics}.
 */
@RestController
class CalendarFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final InitiativeDirectory initiatives;
    private final MilestoneService milestones;
    private final Clock clock;
    private final PersonalFeed personalFeed;

    CalendarFeed(InitiativeDirectory initiatives, MilestoneService milestones, Clock clock, PersonalFeed personalFeed) {
        this.personalFeed = personalFeed;
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.clock = clock;
    }

    @GetMapping("/calendar/{slug}.ics")
    ResponseEntity<String> initiative(@PathVariable String slug) {
        return initiatives.findBySlug(slug)
                .map(initiative -> ResponseEntity.ok().contentType(CALENDAR)
                        .body(ics(initiative.name(), Authorization.runAsSystem(() -> milestones.visible(initiative.id())
                                .stream().filter(MilestoneItem::publicMilestone).toList()))))
                .orElse(ResponseEntity.notFound().build());
    }

    /** A person's own milestones, at a secret address they get (and can replace) in "My workgroups". */
    @GetMapping("/calendar/me/{token}.ics")
    ResponseEntity<String> person(@PathVariable String token) {
        return personalFeed.milestones(token)
                .map(mine -> ResponseEntity.ok().contentType(CALENDAR).body(ics("Convene", mine)))
                .orElse(ResponseEntity.notFound().build());
    }

    String ics(String calendarName, List<MilestoneItem> list) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Convene//Milestones//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        String stamp = STAMP.format(clock.instant());
        for (MilestoneItem m : list) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:milestone-" + m.id() + "@convene");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(m.due()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(m.due().plusDays(1)));
            line(out, "SUMMARY:" + text(m.title()));
            if (m.description() != null && !m.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(m.description()));
            }
            line(out, "CATEGORIES:" + m.status().name());
            line(out, "STATUS:" + switch (m.status()) {
                case DONE -> "CONFIRMED";
                case CANCELLED -> "CANCELLED"; // subscribed calendars show it cancelled rather than keep it
                default -> "TENTATIVE";
            });
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). Every line
     * break (CRLF, a lone CR or LF) becomes one {@code \n}, so no raw CR or LF can end a content line early.
     */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace('\r', '\n').replace("\n", "\\n");
    }

    /** Content lines end in CRLF and fold at 75 octets with a leading space (RFC 5545 §3.1). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            if (!first) {
                out.append(' ');
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
