package app.convene.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes iCalendar (RFC 5545) text: escaped values, folded lines, time zones and timed events. */
public final class ICalendar {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private ICalendar() {
    }

    /** The calendar's opening lines; {@code method} PUBLISH for feeds and files, REQUEST or CANCEL for invitations. */
    public static void begin(StringBuilder out, String method, String calendarName) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Convene//Calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        if (calendarName != null) {
            line(out, "X-WR-CALNAME:" + text(calendarName));
        }
    }

    public static void end(StringBuilder out) {
        line(out, "END:VCALENDAR");
    }

    public static String stamp(Instant instant) {
        return STAMP.format(instant);
    }

    /** One VTIMEZONE per zone of the events, with the zone's transitions around their times. */
    public static void timeZones(StringBuilder out, Collection<CalendarEvent> events) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        events.forEach(e -> zones.add(e.zone()));
        for (ZoneId zone : zones) {
            Instant first = events.stream().filter(e -> e.zone().equals(zone)).map(CalendarEvent::start).min(Instant::compareTo).orElseThrow();
            Instant last = events.stream().filter(e -> e.zone().equals(zone)).map(CalendarEvent::end).max(Instant::compareTo).orElseThrow();
            timeZone(out, zone, first, last);
        }
    }

    static void timeZone(StringBuilder out, ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.previousTransition(first.plusSeconds(1));
        if (t == null) {
            t = rules.nextTransition(first);
        }
        while (t != null && !t.getInstant().isAfter(last)) {
            transitions.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        if (transitions.isEmpty() || transitions.getFirst().getInstant().isAfter(first)) {
            ZoneOffset offset = rules.getOffset(first);
            observance(out, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (ZoneOffsetTransition transition : transitions) {
            observance(out, rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD",
                    transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
        }
        line(out, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder out, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + LOCAL.format(start));
        line(out, "TZOFFSETFROM:" + offset(from));
        line(out, "TZOFFSETTO:" + offset(to));
        line(out, "END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /** A VEVENT with its times in its zone; {@code extra} are further content lines (ORGANIZER, ATTENDEE…). */
    public static void event(StringBuilder out, CalendarEvent e, Instant stamp, List<String> extra) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + e.uid());
        line(out, "DTSTAMP:" + stamp(stamp));
        line(out, "DTSTART;TZID=" + e.zone().getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.start(), e.zone())));
        line(out, "DTEND;TZID=" + e.zone().getId() + ":" + LOCAL.format(LocalDateTime.ofInstant(e.end(), e.zone())));
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "SUMMARY:" + text(e.summary()));
        if (e.description() != null && !e.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            line(out, "LOCATION:" + text(e.location()));
        }
        if (e.url() != null) {
            line(out, "URL:" + e.url());
        }
        extra.forEach(content -> line(out, content));
        line(out, "END:VEVENT");
    }

    /** A parameter value (e.g. CN), quoted; a double quote cannot appear in one and is dropped. */
    public static String parameter(String value) {
        return "\"" + value.replace("\"", "").replace("\r", " ").replace("\n", " ") + "\"";
    }

    /**
     * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). Every line
     * break (CRLF, a lone CR or LF) becomes one {@code \n}, so no raw CR or LF can end a content line early.
     */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace('\r', '\n').replace("\n", "\\n");
    }

    /** Content lines end in CRLF and fold at 75 octets with a leading space (RFC 5545 §3.1). */
    public static void line(StringBuilder out, String content) {
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
