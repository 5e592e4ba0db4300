package app.convene.timeline;

import app.convene.security.Authorization;
import app.convene.initiatives.InitiativeDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An iCalendar (RFC 5545) feed of an initiative's public milestones, as all-day events on their
 * due dates, with the timed events other modules contribute ({@link CalendarContribution}), that calendar
 * clients can subscribe to: {@code /calendar/<initiative>.ics}.
 */
@RestController
class CalendarFeed {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final InitiativeDirectory initiatives;
    private final MilestoneService milestones;
    private final Clock clock;
    private final PersonalFeed personalFeed;
    private final List<CalendarContribution> contributions;

    CalendarFeed(InitiativeDirectory initiatives, MilestoneService milestones, Clock clock, PersonalFeed personalFeed,
                 List<CalendarContribution> contributions) {
        this.contributions = contributions;
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
                                .stream().filter(MilestoneItem::publicMilestone).toList()),
                                contributed(c -> c.publicEvents(initiative.id())))))
                .orElse(ResponseEntity.notFound().build());
    }

    /** A person's own milestones, at a secret address they get (and can replace) in "My workgroups". */
    @GetMapping("/calendar/me/{token}.ics")
    ResponseEntity<String> person(@PathVariable String token) {
        return personalFeed.personOf(token)
                .map(person -> ResponseEntity.ok().contentType(CALENDAR).body(ics("Convene",
                        personalFeed.milestones(token).orElse(List.of()), contributed(c -> c.personalEvents(person)))))
                .orElse(ResponseEntity.notFound().build());
    }

    private List<CalendarEvent> contributed(java.util.function.Function<CalendarContribution, List<CalendarEvent>> events) {
        return Authorization.runAsSystem(() -> contributions.stream().flatMap(c -> events.apply(c).stream()).toList());
    }

    String ics(String calendarName, List<MilestoneItem> list, List<CalendarEvent> events) {
        StringBuilder out = new StringBuilder();
        ICalendar.begin(out, "PUBLISH", calendarName);
        ICalendar.timeZones(out, events);
        Instant now = clock.instant();
        String stamp = ICalendar.stamp(now);
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
        events.forEach(event -> ICalendar.event(out, event, now, List.of()));
        ICalendar.end(out);
        return out.toString();
    }

    private static String text(String value) {
        return ICalendar.text(value);
    }

    private static void line(StringBuilder out, String content) {
        ICalendar.line(out, content);
    }
}
