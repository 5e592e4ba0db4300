package app.convene.convenings;

import app.convene.convenings.internal.CalendarQueries;
import app.convene.convenings.internal.CalendarQueries.ConveningRow;
import app.convene.security.Actor;
import app.convene.security.Authorization;
import app.convene.timeline.CalendarContribution;
import app.convene.timeline.CalendarEvent;
import app.convene.timeline.ICalendar;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convenings in calendars: the {@code .ics} file of one convening (for whoever may see it) and the events
 * of the feeds: an initiative's public feed has its public convenings (cancelled ones marked so), a person's
 * feed what they hold an active RSVP to and may still see.
 */
@Service
@Transactional(readOnly = true)
public class ConveningCalendar implements CalendarContribution {

    private final CalendarQueries queries;
    private final ConveningAccess access;
    private final ConveningEvents events;
    private final Authorization authorization;
    private final Clock clock;

    ConveningCalendar(CalendarQueries queries, ConveningAccess access, ConveningEvents events, Authorization authorization,
                      Clock clock) {
        this.queries = queries;
        this.access = access;
        this.events = events;
        this.authorization = authorization;
        this.clock = clock;
    }

    /** The convening as an iCalendar file (METHOD:PUBLISH, no online link); refused when the reader may not see it. */
    public String ics(long conveningId) {
        ConveningRow c = queries.convening(conveningId).filter(row -> access.maySee(row.id())).orElseThrow(() -> {
            Actor actor = authorization.currentActor().orElse(null);
            return new AccessDeniedException(actor == null ? "Sign in to see convening " + conveningId
                    : actor.name() + " may not see convening " + conveningId);
        });
        StringBuilder out = new StringBuilder();
        CalendarEvent event = events.of(c, false);
        ICalendar.begin(out, "PUBLISH", null);
        ICalendar.timeZones(out, List.of(event));
        ICalendar.event(out, event, clock.instant(), List.of());
        ICalendar.end(out);
        return out.toString();
    }

    @Override
    public List<CalendarEvent> publicEvents(long initiativeId) {
        return queries.publicConvenings(initiativeId).stream().map(c -> events.of(c, false)).toList();
    }

    @Override
    public List<CalendarEvent> personalEvents(long personId) {
        Actor person = new Actor(personId, null, false);
        return queries.rsvpedBy(personId).stream()
                .filter(c -> Authorization.runAs(person, () -> access.maySee(c.id())))
                .map(c -> events.of(c, false)).toList();
    }
}
